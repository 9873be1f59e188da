/** The server's answer to one message a device sent. */
export type Ack =
  | { ok: true; version?: number; proposal?: string; url?: string }
  | { ok: false; error: string };

/** How a page talks to its session: send a message and hear the answer. The shell supplies the socket. */
export interface SessionChannel {
  send(message: unknown): Promise<Ack>;
}

/** Where a device's connection stands, as its page tells the person. */
export type ConnectionState = "connecting" | "online" | "reconnecting" | "refused";

/** The words a page shows for a connection state. */
export function connectionText(state: ConnectionState): string {
  switch (state) {
    case "connecting":
      return "Connecting to the session…";
    case "online":
      return "Connected";
    case "reconnecting":
      return "Connection lost — reconnecting by itself; nothing you sent is lost";
    case "refused":
      return "This link is not valid any more (revoked, or mistyped). Ask the facilitator for a new one.";
  }
}

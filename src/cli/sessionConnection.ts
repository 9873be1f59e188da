import { io, type Socket } from "socket.io-client";

/** A device's answer from the server to one message. */
export type Ack = { ok: true; version?: number; proposal?: string } | { ok: false; error: string };

/** A Socket.IO connection to a session server with the join token in the handshake. */
export function connectToSession(server: string, token: string): Socket {
  return io(server, {
    path: "/socket.io/",
    auth: { token },
    transports: ["websocket"],
    reconnectionDelay: 200,
    reconnectionDelayMax: 2000,
  });
}

const SLOW_DOWN = "too many messages; slow down";

/**
 * Sends one message and waits for the server's answer (a timeout is an error, never a hang); told to slow down,
 * it waits and sends again, a few times.
 */
export async function sendIntent(socket: Socket, message: unknown, timeoutMs = 10_000): Promise<Ack> {
  for (let attempt = 0; ; attempt++) {
    const ack = await new Promise<Ack>((resolve) => {
      socket.timeout(timeoutMs).emit("intent", message, (error: Error | null, answer: Ack) => {
        resolve(error ? { ok: false, error: "no answer from the server" } : answer);
      });
    });
    if (ack.ok || ack.error !== SLOW_DOWN || attempt >= 20) return ack;
    await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
  }
}

import type { SyncMessage } from "./syncMessage";

/** A message bus between the console and its displays (BroadcastChannel in the browser, memory in tests). */
export interface SyncTransport {
  post(message: SyncMessage): void;
  subscribe(listener: (message: unknown) => void): () => void;
  close(): void;
}

/** The transport between windows of one browser: a BroadcastChannel of this name (same origin only). */
export function broadcastTransport(name: string): SyncTransport {
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: unknown) => void>();
  channel.onmessage = (event: MessageEvent) => {
    for (const listener of listeners) listener(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

/**
 * A pair of in-memory transports wired like two windows on one BroadcastChannel (a message reaches the other
 * end, not the sender), recording every message as it would be structured-cloned.
 */
export function memoryTransportPair(): { a: SyncTransport; b: SyncTransport; sent: string[] } {
  const sent: string[] = [];
  const listeners = { a: new Set<(message: unknown) => void>(), b: new Set<(message: unknown) => void>() };
  const end = (self: "a" | "b", other: "a" | "b"): SyncTransport => ({
    post(message) {
      const wire = JSON.stringify(message);
      sent.push(wire);
      for (const listener of listeners[other]) listener(JSON.parse(wire));
    },
    subscribe(listener) {
      listeners[self].add(listener);
      return () => listeners[self].delete(listener);
    },
    close: () => listeners[self].clear(),
  });
  return { a: end("a", "b"), b: end("b", "a"), sent };
}

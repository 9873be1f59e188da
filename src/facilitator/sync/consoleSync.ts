import type { TeamDisplayView } from "../display/teamDisplayView";
import { rateLimit } from "./rateLimit";
import { readSyncMessage, type SyncChannel } from "./syncMessage";
import type { SyncTransport } from "./syncTransport";

/** The console's end of the sync: publishes the team display view and answers every display that says hello. */
export interface ConsoleSync {
  publish(view: TeamDisplayView): void;
  close(): void;
}

/**
 * Starts the console end for a session's channel; `current` gives the latest view for displays that (re)open, and
 * `onDisplays` hears how many displays are open. Anything but a well-formed message with the session's key is
 * ignored; hellos are rate-limited (each is answered with a whole view), and only a display that said hello can
 * say goodbye.
 */
export function startConsoleSync(
  transport: SyncTransport,
  channel: SyncChannel,
  current: () => TeamDisplayView | undefined,
  onDisplays: (open: number) => void = () => {},
  now?: () => number,
): ConsoleSync {
  const displays = new Set<string>();
  const allowHello = rateLimit(5, 10, now);
  const post = (view: TeamDisplayView) => transport.post({ type: "display.view", ...channel, view });
  const unsubscribe = transport.subscribe((value) => {
    const message = readSyncMessage(value, channel);
    if (message?.type === "display.closed") {
      if (displays.delete(message.display)) onDisplays(displays.size);
      return;
    }
    if (message?.type !== "display.hello" || !allowHello()) return;
    if (!displays.has(message.display)) {
      displays.add(message.display);
      onDisplays(displays.size);
    }
    const view = current();
    if (view) post(view);
  });
  return {
    publish: post,
    close() {
      unsubscribe();
      transport.close();
    },
  };
}

import type { TeamDisplayView } from "../display/teamDisplayView";
import { isSyncMessageFor } from "./syncMessage";
import type { SyncTransport } from "./syncTransport";

/** The console's end of the sync: publishes the team display view and answers every display that says hello. */
export interface ConsoleSync {
  publish(view: TeamDisplayView): void;
  close(): void;
}

/**
 * Starts the console end for a session; `current` gives the latest view for displays that (re)open, and
 * `onDisplays` hears how many displays have said hello and not yet closed.
 */
export function startConsoleSync(
  transport: SyncTransport,
  session: string,
  current: () => TeamDisplayView | undefined,
  onDisplays: (open: number) => void = () => {},
): ConsoleSync {
  let open = 0;
  const unsubscribe = transport.subscribe((message) => {
    if (!isSyncMessageFor(message, session)) return;
    if (message.type === "display.closed") {
      open = Math.max(0, open - 1);
      onDisplays(open);
      return;
    }
    if (message.type !== "display.hello") return;
    open += 1;
    onDisplays(open);
    const view = current();
    if (view) transport.post({ type: "display.view", session, view });
  });
  return {
    publish: (view) => transport.post({ type: "display.view", session, view }),
    close() {
      unsubscribe();
      transport.close();
    },
  };
}

import type { TeamDisplayView } from "../display/teamDisplayView";
import { isSyncMessageFor } from "./syncMessage";
import type { SyncTransport } from "./syncTransport";

/** The console's end of the sync: publishes the team display view and answers every display that says hello. */
export interface ConsoleSync {
  publish(view: TeamDisplayView): void;
  close(): void;
}

/** Starts the console end for a session; `current` gives the latest view for displays that (re)open. */
export function startConsoleSync(
  transport: SyncTransport,
  session: string,
  current: () => TeamDisplayView | undefined,
): ConsoleSync {
  const unsubscribe = transport.subscribe((message) => {
    if (!isSyncMessageFor(message, session) || message.type !== "display.hello") return;
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

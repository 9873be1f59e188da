import type { TeamDisplayView } from "../display/teamDisplayView";
import { isSyncMessageFor } from "./syncMessage";
import type { SyncTransport } from "./syncTransport";

/** The display's end of the sync: asks the console for the state, then follows every view it publishes. */
export function startDisplaySync(
  transport: SyncTransport,
  session: string,
  onView: (view: TeamDisplayView) => void,
): () => void {
  const unsubscribe = transport.subscribe((message) => {
    if (isSyncMessageFor(message, session) && message.type === "display.view") onView(message.view);
  });
  transport.post({ type: "display.hello", session });
  return () => {
    transport.post({ type: "display.closed", session });
    unsubscribe();
    transport.close();
  };
}

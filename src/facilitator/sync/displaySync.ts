import type { TeamDisplayView } from "../display/teamDisplayView";
import { rateLimit } from "./rateLimit";
import { readSyncMessage, type SyncChannel } from "./syncMessage";
import type { SyncTransport } from "./syncTransport";

/** How often the display redraws at most; views beyond it wait, and only the latest is drawn. */
const VIEWS_PER_SECOND = 20;
const CATCH_UP_MS = 250;

/**
 * The display's end of the sync: says hello as `display`, then follows every view the console publishes on the
 * session's channel. Anything but a well-formed view with the session's key is ignored.
 */
export function startDisplaySync(
  transport: SyncTransport,
  channel: SyncChannel,
  onView: (view: TeamDisplayView) => void,
  display: string = crypto.randomUUID(),
  now?: () => number,
): () => void {
  const allow = rateLimit(VIEWS_PER_SECOND, VIEWS_PER_SECOND * 2, now);
  let waiting: TeamDisplayView | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const catchUp = () => {
    timer = undefined;
    const view = waiting;
    waiting = undefined;
    if (view) onView(view);
  };
  const unsubscribe = transport.subscribe((value) => {
    const message = readSyncMessage(value, channel);
    if (message?.type !== "display.view") return;
    if (allow()) {
      waiting = undefined;
      onView(message.view);
      return;
    }
    waiting = message.view;
    timer ??= setTimeout(catchUp, CATCH_UP_MS);
  });
  transport.post({ type: "display.hello", ...channel, display });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    transport.post({ type: "display.closed", ...channel, display });
    unsubscribe();
    transport.close();
  };
}

import type { TeamDisplayView } from "../display/teamDisplayView";

/**
 * Everything that crosses the console ↔ display channel. The display only ever asks for the state; the
 * console only ever sends the team display view (which carries the discussion prompt).
 */
export type SyncMessage =
  | { type: "display.hello"; session: string }
  | { type: "display.view"; session: string; view: TeamDisplayView }
  | { type: "display.closed"; session: string };

/** The BroadcastChannel name shared by a console and its displays. */
export const SYNC_CHANNEL = "hotwash-facilitator";

/** Whether an incoming value is a sync message for the given session (anything else is ignored). */
export function isSyncMessageFor(value: unknown, session: string): value is SyncMessage {
  if (typeof value !== "object" || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.session !== session) return false;
  if (message.type === "display.hello" || message.type === "display.closed") return true;
  return message.type === "display.view" && typeof message.view === "object" && message.view !== null;
}

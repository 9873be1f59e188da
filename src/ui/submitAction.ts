import type { PlayerAction } from "../engine/actions";
import type { DrillPort, PlayerView } from "../engine/playerView";

export type SubmitOutcome = { ok: true } | { ok: false; reason: string };

/** Why the ops room will not send an action now (paused, over, read-only), or undefined when it may. */
export function refusalOf(view: PlayerView, readOnly: string | undefined): string | undefined {
  if (readOnly) return readOnly;
  if (view.ended) return "Not sent: the drill is over.";
  if (view.phase === "paused")
    return "Not sent: the drill is paused. Resume the clock and send again; what you entered is kept.";
  if (view.phase === "briefing") return "Not sent: the drill has not started.";
  return undefined;
}

/**
 * Submits an action unless the ops room refuses it first, then reports whether the drill took it: a rejection shows
 * up in the view's activity as "Not done (<type>): <reason>".
 */
export function submitAction(port: DrillPort, action: PlayerAction, readOnly?: string): SubmitOutcome {
  const before = port.view();
  const refusal = refusalOf(before, readOnly);
  if (refusal) return { ok: false, reason: refusal };
  port.submit(action);
  // why: the port does not return the engine's verdict (a gap in DrillPort), so it is read from the new activity.
  const prefix = `Not done (${action.type}): `;
  const rejected = port
    .view()
    .activity.slice(before.activity.length)
    .find((item) => item.kind === "system" && item.text.startsWith(prefix));
  return rejected ? { ok: false, reason: `Not done: ${rejected.text.slice(prefix.length)}.` } : { ok: true };
}

import type { PlayerView } from "../engine/playerView";
import { formatDuration } from "../engine/time";
import { formatWhen } from "../engine/wallClock";

/** How long before the scenario's end the ops room warns, in sim minutes, at the least. */
export const WARN_BEFORE_END = 6 * 60;
/** In live pacing the warning also comes at least this many real seconds before the end. */
const WARN_REAL_SECONDS = 90;

/**
 * The warning to show as the scenario's end (its horizon) nears, or undefined while it is far: in live pacing early
 * enough to read at the current speed, and always when the next event is the end itself.
 */
export function endWarning(
  view: PlayerView,
  live: { minutesPerSecond: number } | undefined,
): string | undefined {
  if (view.ended || view.phase === "briefing") return undefined;
  const horizon = view.scenario.horizon;
  const left = horizon - view.now;
  const window = Math.max(WARN_BEFORE_END, live ? live.minutesPerSecond * WARN_REAL_SECONDS : 0);
  // why: in turn-based pacing "advance to next event" jumps straight to the end when nothing comes before it.
  const nextIsEnd = !live && view.nextEventAt !== undefined && view.nextEventAt >= horizon;
  if (left > window && !nextIsEnd) return undefined;
  return `The scenario ends at ${formatWhen(view.scenario.start, horizon)}, in ${formatDuration(left)} of sim time; the drill then goes to the debrief.${nextIsEnd ? " Nothing else is scheduled before it: advancing ends the drill." : ""}`;
}

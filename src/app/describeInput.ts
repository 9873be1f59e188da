import { ACTION_CATALOG, type ActionType, actionTarget, type PlayerAction } from "../engine/actions";
import type { DrillInput } from "../engine/log";
import { formatSimTime } from "../engine/time";

const CLOCK_LABEL: Record<string, string> = {
  "clock.advance": "Clock advanced",
  "drill.pause": "Paused",
  "drill.resume": "Resumed",
  "drill.end": "Drill ended",
};

/** One line for a replay step: sim time, the action's label and its target. */
export function describeInput(input: DrillInput): string {
  const clock = CLOCK_LABEL[input.intent.type];
  if (clock) return `${formatSimTime(input.at)} ${clock}`;
  const entry = ACTION_CATALOG.get(input.intent.type as ActionType);
  const target = entry ? actionTarget(input.intent as PlayerAction) : undefined;
  const label = entry?.label ?? input.intent.type;
  return `${formatSimTime(input.at)} ${label}${target ? ` (${target})` : ""}`;
}

import type { ControlIntent, DrillInput } from "../log";

const CONTROL_TYPES: ReadonlySet<string> = new Set<ControlIntent["type"]>([
  "inject.fire",
  "inject.hold",
  "inject.release",
  "inject.skip",
  "finding.override",
  "observation",
  "discussion.answer",
  "hotwash.answer",
  "adjudicate",
]);

/** Whether an intent is a facilitator control rather than a player action or clock intent. */
export function isControlIntent(intent: DrillInput["intent"]): intent is ControlIntent {
  return CONTROL_TYPES.has(intent?.type);
}

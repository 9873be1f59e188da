import type { PlayerAction } from "../actions";
import type { DrillEvent } from "../drill/drillEvent";
import { isControlIntent } from "../drill/isControlIntent";
import type { DrillInput } from "../log";

/** The machine event that re-enacts a recorded input. */
export function eventForInput(input: DrillInput): DrillEvent {
  const { intent } = input;
  const who = {
    at: input.at,
    ...(input.by !== undefined ? { by: input.by } : {}),
    ...(input.actorName !== undefined ? { actorName: input.actorName } : {}),
  };
  switch (intent?.type) {
    case "clock.advance":
      return { type: "clock.advance", to: input.at };
    case "drill.pause":
    case "drill.resume":
    case "drill.end":
      return { type: intent.type, ...who };
    default:
      return isControlIntent(intent)
        ? { type: "control.submit", intent, ...who }
        : { type: "action.submit", action: intent as PlayerAction, ...who };
  }
}

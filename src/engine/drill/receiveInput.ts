import type { PlayerAction } from "../actions";
import type { DrillInput, LogCause } from "../log";
import { submitAction } from "../response/submitAction";
import { appendLog } from "../world/appendLog";
import type { WorldState } from "../world/worldState";
import { advanceClock } from "./advanceClock";
import { endDrill } from "./endDrill";
import { isControlIntent } from "./isControlIntent";
import { settle } from "./settle";
import { submitControl } from "./submitControl";

/** Records an input (consecutive clock advances are kept as one) and returns its index. */
function record(world: WorldState, input: DrillInput): number {
  const last = world.inputs[world.inputs.length - 1];
  if (input.intent?.type === "clock.advance" && last?.intent?.type === "clock.advance") {
    world.inputs[world.inputs.length - 1] = input;
    return world.inputs.length - 1;
  }
  world.inputs.push(input);
  return world.inputs.length - 1;
}

/**
 * Applies one event-sourced input: records it, brings a live clock up to its time, then applies its intent.
 * Replaying the recorded inputs in order through this function rebuilds the drill exactly; it never throws.
 */
export function receiveInput(world: WorldState, input: DrillInput): void {
  const index = record(world, input);
  const cause: LogCause = { kind: "input", input: index };
  const { intent } = input;
  try {
    if (world.phase === "live" && Number.isFinite(input.at) && input.at > world.now)
      advanceClock(world, input.at);
    switch (intent?.type) {
      case "clock.advance":
        return;
      case "drill.pause":
        if (world.phase !== "live") return;
        world.phase = "paused";
        appendLog(world, { type: "clock.paused", at: world.now, cause });
        return;
      case "drill.resume":
        if (world.phase !== "paused") return;
        world.phase = "live";
        appendLog(world, { type: "clock.resumed", at: world.now, cause });
        return;
      case "drill.end":
        endDrill(world, "ended", cause);
        return;
      default:
        if (isControlIntent(intent)) submitControl(world, intent, input.by, cause);
        else submitAction(world, intent as PlayerAction, input.by, input.at, cause);
        settle(world, cause);
    }
  } catch (error) {
    appendLog(world, {
      type: "action.rejected",
      at: world.now,
      cause,
      action: intent as PlayerAction,
      ...(input.by !== undefined ? { by: input.by } : {}),
      reason: `invalid input: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

import type { PlayerAction } from "../actions";
import type { DrillInput, LogCause } from "../log";
import { submitAction } from "../response/submitAction";
import { emit } from "../world/emit";
import type { WorldState } from "../world/worldState";
import { advanceClock } from "./advanceClock";
import { endDrill } from "./endDrill";
import { isControlIntent } from "./isControlIntent";
import { settle } from "./settle";
import { submitControl } from "./submitControl";

/** Records an input (consecutive clock advances are kept as one) and returns the cause its entries carry. */
export function recordInput(world: WorldState, input: DrillInput): LogCause {
  const last = world.inputs[world.inputs.length - 1];
  if (input.intent?.type === "clock.advance" && last?.intent?.type === "clock.advance")
    world.inputs[world.inputs.length - 1] = input;
  else world.inputs.push(input);
  return { kind: "input", input: world.inputs.length - 1 };
}

/** The cause of the input recorded last (the one being handled). */
export function currentCause(world: WorldState): LogCause {
  return { kind: "input", input: world.inputs.length - 1 };
}

/**
 * Runs the clock forward to the input's time when it lies ahead (only a live drill's clock moves); a clock advance
 * past the horizon stops at the horizon.
 */
export function catchUpClock(world: WorldState, input: DrillInput): void {
  const bounded = Number.isFinite(input.at) || input.intent?.type === "clock.advance";
  if (bounded && input.at > world.now) advanceClock(world, input.at);
}

/** Refuses the input with a reason the players and the log can read (`action.rejected`). */
export function refuseInput(world: WorldState, input: DrillInput, reason: string): void {
  emit(world, {
    type: "action.rejected",
    at: world.now,
    cause: currentCause(world),
    action: input.intent as PlayerAction,
    ...(input.by !== undefined ? { by: input.by } : {}),
    reason,
  });
}

/**
 * Applies an input's intent to a started drill: a player action is accepted or refused, a facilitator control
 * applied or refused, `drill.end` ends the drill; clock intents change nothing here (the chart moves the clock).
 */
export function applyIntent(world: WorldState, input: DrillInput): void {
  const cause = currentCause(world);
  const { intent } = input;
  switch (intent?.type) {
    case "clock.advance":
    case "drill.pause":
    case "drill.resume":
      return;
    case "drill.end":
      endDrill(world, "ended", cause);
      return;
    default:
      if (isControlIntent(intent)) submitControl(world, intent, input.by, cause);
      else if (world.endReason !== undefined) refuseInput(world, input, "the drill is over");
      else submitAction(world, intent as PlayerAction, input.by, input.at, cause);
      settle(world, cause);
  }
}

/** Pauses the clock (`clock.paused`) unless the drill ended while catching up. */
export function pauseClock(world: WorldState): void {
  if (world.endReason === undefined)
    emit(world, { type: "clock.paused", at: world.now, cause: currentCause(world) });
}

/** Resumes the clock (`clock.resumed`). */
export function resumeClock(world: WorldState): void {
  emit(world, { type: "clock.resumed", at: world.now, cause: currentCause(world) });
}

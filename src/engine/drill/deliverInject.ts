import type { LogCause } from "../log";
import { emit } from "../world/emit";
import { evaluateCondition } from "../world/evaluateCondition";
import type { WorldState } from "../world/worldState";

/** Delivers an inject to the players' inbox now (once); returns whether it was delivered now. */
export function deliverInject(world: WorldState, id: string, cause: LogCause): boolean {
  const state = world.injects[id];
  const inject = world.scenario.injects.find((item) => item.id === id);
  if (!state || !inject || state.status === "delivered" || state.status === "skipped") return false;
  emit(
    world,
    {
      type: "inject.delivered",
      at: world.now,
      cause,
      inject: id,
      from: inject.from,
      channel: inject.channel,
    },
    { kind: "third-party", party: inject.from },
  );
  return true;
}

/**
 * An inject whose moment came (its time, an attacker trigger): held ones wait for release; a contingency
 * whose `unless` holds is skipped; anything else is delivered.
 */
export function fireInject(world: WorldState, id: string, cause: LogCause): void {
  const state = world.injects[id];
  const inject = world.scenario.injects.find((item) => item.id === id);
  if (!state || !inject || state.status === "delivered" || state.status === "skipped") return;
  if (state.held) {
    if (state.status !== "due") emit(world, { type: "inject.due", at: world.now, cause, inject: id });
    return;
  }
  if (inject.unless && evaluateCondition(inject.unless, world)) {
    emit(world, { type: "inject.skipped", at: world.now, cause, inject: id });
    return;
  }
  deliverInject(world, id, cause);
}

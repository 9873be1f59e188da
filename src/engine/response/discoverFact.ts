import type { LogCause } from "../log";
import type { Fact } from "../scenario";
import { emit } from "../world/emit";
import type { WorldState } from "../world/worldState";

/** Moves a hidden, existing fact into the case file (what it shows becomes known to the players). */
export function discoverFact(world: WorldState, fact: Fact, via: string, cause: LogCause): void {
  const state = world.facts[fact.id];
  if (!state?.exists || state.status !== "hidden") return;
  emit(world, { type: "fact.discovered", at: world.now, cause, fact: fact.id, via });
}

import type { LogCause } from "../log";
import type { Fact } from "../scenario";
import { appendLog } from "../world/appendLog";
import type { WorldState } from "../world/worldState";

/** Moves a hidden, existing fact into the case file and marks what it shows as known to the players. */
export function discoverFact(world: WorldState, fact: Fact, via: string, cause: LogCause): void {
  const state = world.facts[fact.id];
  if (!state?.exists || state.status !== "hidden") return;
  state.status = "discovered";
  state.discoveredAt = world.now;
  state.via = via;
  for (const id of fact.revealsInstances ?? []) {
    const instance = world.instances[id];
    if (instance) instance.knownAffected = true;
  }
  for (const id of fact.revealsCredentials ?? []) {
    const credential = world.credentials[id];
    if (credential) credential.knownCompromised = true;
  }
  appendLog(world, { type: "fact.discovered", at: world.now, cause, fact: fact.id, via });
}

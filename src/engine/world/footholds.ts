import type { LogCause } from "../log";
import { emit } from "./emit";
import type { WorldState } from "./worldState";

/** Whether the id (credential, instance, provider, code path, service or IP) no longer gives the attacker a path. */
export function isPathClosed(world: WorldState, id: string): boolean {
  const credential = world.credentials[id];
  if (credential) return credential.state !== "active";
  const instance = world.instances[id];
  if (instance) return instance.state !== "running";
  const provider = world.providers[id];
  if (provider) return provider.purged;
  const codePath = world.codePaths[id];
  if (codePath) return !codePath.enabled;
  const service = world.services[id];
  if (service) return !service.running;
  return world.blockedIps.includes(id);
}

/** Closes every open foothold that runs through `id`, logging `foothold.closed` with who closed it. */
export function closeFootholdsVia(world: WorldState, id: string, by: string, cause: LogCause): void {
  for (const foothold of world.scenario.world.footholds) {
    const state = world.footholds[foothold.id];
    if (!state?.open || !foothold.via.includes(id)) continue;
    emit(world, { type: "foothold.closed", at: world.now, cause, foothold: foothold.id, by });
  }
}

/** Opens a foothold unless one of its paths is already closed; returns whether it is open afterwards. */
export function openFoothold(world: WorldState, id: string, cause: LogCause): boolean {
  const foothold = world.scenario.world.footholds.find((item) => item.id === id);
  const state = world.footholds[id];
  if (!foothold || !state) return false;
  if (state.open) return true;
  if (foothold.via.some((path) => isPathClosed(world, path))) return false;
  emit(world, { type: "foothold.opened", at: world.now, cause, foothold: id });
  return true;
}

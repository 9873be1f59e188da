import type { WorldModel } from "./worldState";

/** Whether the credential exists yet: always, unless an attacker step creates it and that step has not run. */
export function credentialExists(world: WorldModel, id: string): boolean {
  return Object.hasOwn(world.credentials, id) && world.credentials[id]?.exists === true;
}

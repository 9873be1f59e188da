import type { WorldState } from "./worldState";

/** Whether the credential exists yet: always, unless an attacker step creates it and that step has not run. */
export function credentialExists(world: WorldState, id: string): boolean {
  const definition = world.scenario.world.credentials.find((credential) => credential.id === id);
  if (!definition) return false;
  return definition.createdBy === undefined || world.attacker[definition.createdBy]?.status === "done";
}

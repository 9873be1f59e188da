import type { InstanceStateName } from "./condition";
import type { LogEntry } from "./log";
import type { WorldModel } from "./world/worldState";

/**
 * What the response team has found out about the attacker's doings, read from the world and its log. An id (an
 * instance or a credential) is *found* once
 * - a fact that reveals it (`revealsInstances`, `revealsCredentials`) has been discovered (`fact.discovered`: by
 *   investigation, forensic analysis or a scenario rule), or
 * - an inject that reveals it (`reveals`) has been delivered to the team (`inject.delivered`).
 * Until then players and the team display see the organisation's own inventory only: nothing the attacker created
 * (`createdBy`), nothing that lives on it, and no change the attacker made to an instance's state.
 */
export interface TeamKnowledge {
  /** Whether the team has found this instance or credential through a discovered fact or a delivered inject. */
  found(id: string): boolean;
  /** Whether the players may see this instance: the organisation's own, or the attacker's once found. */
  seesInstance(id: string): boolean;
  /** Whether the players may see this credential: the organisation's own, or the attacker's once found. */
  seesCredential(id: string): boolean;
  /** The state the team believes an instance is in: the state before the attacker's changes until it is found. */
  knownInstanceState(id: string): InstanceStateName | undefined;
}

type AttackerChanges = { from: number; before: Map<string, string> };
const attackerChangesByLog = new WeakMap<readonly LogEntry[], AttackerChanges>();

/** The state each instance had before the attacker first changed it, read once per log entry. */
function stateBeforeAttacker(log: readonly LogEntry[]): Map<string, string> {
  let seen = attackerChangesByLog.get(log);
  if (!seen) {
    seen = { from: 0, before: new Map() };
    attackerChangesByLog.set(log, seen);
  }
  for (; seen.from < log.length; seen.from++) {
    const entry = log[seen.from] as LogEntry;
    if (entry.type !== "state.changed" || entry.kind !== "instance" || entry.actor.kind !== "attacker")
      continue;
    if (entry.from !== "absent" && !seen.before.has(entry.subject))
      seen.before.set(entry.subject, entry.from);
  }
  return seen.before;
}

/** The team's knowledge of the attacker's doings in this world (see `TeamKnowledge` for what "found" means). */
export function teamKnowledge(world: WorldModel & { log: readonly LogEntry[] }): TeamKnowledge {
  const { scenario } = world;
  const found = new Set<string>();
  for (const fact of scenario.facts) {
    if (world.facts[fact.id]?.status !== "discovered") continue;
    for (const id of fact.revealsInstances ?? []) found.add(id);
    for (const id of fact.revealsCredentials ?? []) found.add(id);
  }
  for (const inject of scenario.injects) {
    if (world.injects[inject.id]?.status !== "delivered") continue;
    for (const id of inject.reveals ?? []) found.add(id);
  }
  const instances = new Map(scenario.world.instances.map((instance) => [instance.id, instance]));
  const credentials = new Map(scenario.world.credentials.map((credential) => [credential.id, credential]));
  const before = stateBeforeAttacker(world.log);
  const seesInstance = (id: string) =>
    world.instances[id]?.exists === true && (instances.get(id)?.createdBy === undefined || found.has(id));
  return {
    found: (id) => found.has(id),
    seesInstance,
    seesCredential: (id) =>
      world.credentials[id]?.exists === true &&
      (credentials.get(id)?.createdBy === undefined || found.has(id)),
    knownInstanceState: (id) => {
      const state = world.instances[id];
      if (!state || !seesInstance(id)) return undefined;
      const earlier = before.get(id);
      return earlier !== undefined && !found.has(id) ? (earlier as InstanceStateName) : state.state;
    },
  };
}

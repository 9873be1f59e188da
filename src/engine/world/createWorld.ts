import type { ScenarioDefinition } from "../scenario";
import { bindPatientZero } from "./bindPatientZero";
import { conditionTimes } from "./evaluateCondition";
import { drawJitter, drawRandom, drawSample, seedRngState } from "./rng";
import { schedule } from "./schedule";
import type { WorldState } from "./worldState";

function keyed<T extends { id: string }, V>(items: readonly T[], make: (item: T) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const item of items) out[item.id] = make(item);
  return out;
}

const checkpointsByScenario = new WeakMap<ScenarioDefinition, readonly number[]>();

/** The minutes at which time alone can change a condition of the scenario (shared: a fresh copy per world). */
function checkpointsOf(scenario: ScenarioDefinition): number[] {
  let times = checkpointsByScenario.get(scenario);
  if (!times) {
    times = conditionCheckpoints(scenario);
    checkpointsByScenario.set(scenario, times);
  }
  return times.slice();
}

function conditionCheckpoints(scenario: ScenarioDefinition): number[] {
  const times: number[] = [];
  for (const step of scenario.attacker) conditionTimes(step.trigger?.when, times);
  for (const inject of scenario.injects) {
    conditionTimes(inject.when, times);
  }
  for (const flag of scenario.flags) conditionTimes(flag.setWhen, times);
  for (const source of scenario.world.logSources) conditionTimes(source.destroyedWhen, times);
  for (const impact of scenario.business.impacts) {
    conditionTimes(impact.when, times);
    conditionTimes(impact.softenedBy, times);
    conditionTimes(impact.recoversWhen, times);
  }
  const retention = new Map(scenario.world.logSources.map((source) => [source.id, source.retention]));
  for (const fact of scenario.facts) {
    const kept = fact.evidence.logSource ? retention.get(fact.evidence.logSource) : undefined;
    if (kept !== undefined) times.push(fact.occurredAt + kept + 1);
  }
  return times;
}

/**
 * The world at T0 before anything ran: definition state plus the seed's draws, in a fixed order (patient zero,
 * red herrings, attacker jitter, inject jitter), and the queue of timed attacker steps, injects and modules.
 */
export function createWorld(definition: ScenarioDefinition, seed: string): WorldState {
  const rng = { rng: seedRngState(seed) };
  const candidates = definition.variation.patientZero;
  const patientZero =
    candidates.length > 0 ? candidates[Math.floor(drawRandom(rng) * candidates.length)] : undefined;
  const scenario = bindPatientZero(definition, patientZero);
  const herrings = new Set(scenario.variation.redHerrings);
  const picked = new Set(drawSample(rng, scenario.variation.redHerrings, scenario.variation.redHerringCount));
  const { world } = scenario;
  const state: WorldState = {
    scenario,
    seed,
    now: 0,
    patientZero,
    instances: keyed(world.instances, (instance) => ({
      exists: !instance.createdBy,
      state: "running",
      isolated: false,
      affected: instance.affected || instance.id === patientZero,
      images: [],
      knownAffected: false,
    })),
    credentials: keyed(world.credentials, (credential) => ({
      exists: !credential.createdBy,
      state: "active",
      // why: a credential the attacker creates is compromised from the moment it exists, not before.
      compromised: credential.compromised && !credential.createdBy,
      knownCompromised: false,
    })),
    codePaths: {},
    services: keyed(world.services, () => ({ running: true })),
    providers: keyed(world.providers, () => ({ purged: false })),
    autoscalingGroups: keyed(world.autoscalingGroups, () => ({ suspended: false })),
    logSources: keyed(world.logSources, () => ({ status: "intact" as const, knownDestroyed: false })),
    footholds: keyed(world.footholds, (foothold) => ({ open: foothold.openAtStart })),
    blockedIps: [],
    flags: {},
    facts: keyed(scenario.facts, (fact) => {
      const excluded = herrings.has(fact.id) && !picked.has(fact.id);
      return { exists: !excluded && !fact.requiresStep, excluded, status: "hidden" as const };
    }),
    attacker: {},
    injects: {},
    business: keyed(scenario.business.impacts, () => ({ status: "none" as const, softened: false })),
    team: { icPaged: false, members: [], assignments: [] },
    inbox: [],
    leaks: [],
    messages: [],
    statements: [],
    pending: [],
    completed: {},
    seq: -1,
    queue: [],
    queueSeq: 0,
    checkpoints: checkpointsOf(scenario),
    settled: { now: 0, log: -1 },
    rng: rng.rng,
    log: [],
    inputs: [],
  };
  for (const service of world.services)
    for (const codePath of service.codePaths)
      state.codePaths[codePath.id] = { service: service.id, enabled: true };
  for (const step of scenario.attacker) {
    if (step.trigger) {
      state.attacker[step.id] = { status: "pending" };
      continue;
    }
    const at = step.at + drawJitter(state, step.jitter);
    state.attacker[step.id] = { status: "scheduled", at };
    schedule(state, at, "attacker", step.id);
  }
  for (const inject of scenario.injects) {
    if (inject.at === undefined) {
      state.injects[inject.id] = { status: "pending", held: false };
      continue;
    }
    const at = inject.at + drawJitter(state, inject.jitter);
    if (inject.when) {
      state.injects[inject.id] = { status: "pending", at, held: false };
      state.checkpoints.push(at);
      continue;
    }
    state.injects[inject.id] = { status: "scheduled", at, held: false };
    schedule(state, at, "inject", inject.id);
  }
  for (const module of scenario.modules) schedule(state, module.startsAt, "module", module.id);
  state.checkpoints = [...new Set(state.checkpoints)].sort((a, b) => a - b);
  return state;
}

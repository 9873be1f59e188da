import type { LogCause, LogEntry } from "../log";
import type { ScenarioDefinition } from "../scenario";
import { emit } from "../world/emit";
import { conditionActionTypes, evaluateCondition } from "../world/evaluateCondition";
import { destroyLogSource, loseUnreachableFacts } from "../world/evidence";
import { drawJitter } from "../world/rng";
import { isCheckpoint, schedule } from "../world/schedule";
import type { WorldState } from "../world/worldState";
import { settleBusiness } from "./businessImpacts";
import { deliverInject } from "./deliverInject";

const MAX_PASSES = 16;

// why: these entries change nothing a condition or a rule below reads (pending work, refusals, the record, messages),
// so a world that was settled before them is still settled after them.
const UNSEEN_BY_RULES: ReadonlySet<LogEntry["type"]> = new Set<LogEntry["type"]>([
  "action.accepted",
  "action.rejected",
  "observation",
  "finding.overridden",
  "discussion.answered",
  "hotwash.answered",
  "adjudicated",
  "clock.paused",
  "clock.resumed",
  "codename.set",
  "task.assigned",
  "message.sent",
  "statement.published",
  "log-source.found-destroyed",
]);

const askedActions = new WeakMap<ScenarioDefinition, ReadonlySet<string>>();

/** The action types the conditions below ask about: completing any other action changes nothing they read. */
function actionsAskedAbout(scenario: ScenarioDefinition): ReadonlySet<string> {
  let types = askedActions.get(scenario);
  if (!types) {
    const found = new Set<string>();
    for (const flag of scenario.flags) conditionActionTypes(flag.setWhen, found);
    for (const impact of scenario.business.impacts) {
      conditionActionTypes(impact.when, found);
      conditionActionTypes(impact.softenedBy, found);
      conditionActionTypes(impact.recoversWhen, found);
    }
    for (const source of scenario.world.logSources) conditionActionTypes(source.destroyedWhen, found);
    for (const step of scenario.attacker) conditionActionTypes(step.trigger?.when, found);
    for (const inject of scenario.injects) {
      conditionActionTypes(inject.when, found);
      conditionActionTypes(inject.unless, found);
    }
    types = found;
    askedActions.set(scenario, types);
  }
  return types;
}

/** Whether the rules would find nothing to do: no entry they read since the last settle, and no checkpoint reached. */
function alreadySettled(world: WorldState): boolean {
  const { settled, log } = world;
  // why: time alone changes a condition only at checkpoints.
  if (settled.log < 0 || (settled.now !== world.now && isCheckpoint(world, world.now))) return false;
  for (let seq = settled.log; seq < log.length; seq++) {
    const entry = log[seq] as LogEntry;
    if (UNSEEN_BY_RULES.has(entry.type)) continue;
    if (entry.type === "action.completed" && !actionsAskedAbout(world.scenario).has(entry.action.type))
      continue;
    return false;
  }
  return true;
}

/**
 * Brings the world's derived rules up to date after an event: flags, log sources destroyed by condition,
 * attacker triggers, conditional injects, and evidence lost to retention. Repeats until nothing changes.
 */
export function settle(world: WorldState, cause: LogCause): void {
  const { scenario } = world;
  if (alreadySettled(world)) {
    world.settled = { now: world.now, log: world.log.length };
    return;
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const flag of scenario.flags) {
      if (world.flags[flag.id] || !evaluateCondition(flag.setWhen, world)) continue;
      emit(world, {
        type: "flag.set",
        at: world.now,
        cause: { kind: "flag", flag: flag.id },
        flag: flag.id,
      });
      changed = true;
    }
    if (settleBusiness(world, cause)) changed = true;
    for (const source of scenario.world.logSources) {
      if (!source.destroyedWhen || world.logSources[source.id]?.status !== "intact") continue;
      if (!evaluateCondition(source.destroyedWhen, world)) continue;
      destroyLogSource(world, source.id, "destroyed in the scenario", cause);
      loseUnreachableFacts(world, cause);
      changed = true;
    }
    for (const step of scenario.attacker) {
      const state = world.attacker[step.id];
      if (!step.trigger || state?.status !== "pending" || !evaluateCondition(step.trigger.when, world))
        continue;
      const at = world.now + step.trigger.delay + drawJitter(world, step.jitter);
      emit(world, { type: "attacker.scheduled", at: world.now, cause, step: step.id, for: at });
      schedule(world, at, "attacker", step.id);
    }
    for (const inject of scenario.injects) {
      const state = world.injects[inject.id];
      if (!inject.when || state?.status !== "pending" || state.held) continue;
      if (state.at !== undefined && world.now < state.at) continue;
      if (!evaluateCondition(inject.when, world)) continue;
      if (inject.unless && evaluateCondition(inject.unless, world)) continue;
      deliverInject(world, inject.id, { kind: "inject", inject: inject.id });
      changed = true;
    }
    if (!changed) break;
  }
  // why: between checkpoints evidence is lost only by explicit destruction, which checks for itself.
  if (isCheckpoint(world, world.now)) loseUnreachableFacts(world, cause);
  world.settled = { now: world.now, log: world.log.length };
}

import { fieldOf } from "../actions";
import type { Condition, ImpactStateName } from "../condition";
import type { LogEntry } from "../log";
import type { WorldModel } from "./worldState";

type Test = (world: WorldModel) => boolean;

function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function instanceIs(world: WorldModel, id: string, wanted: string): boolean {
  const instance = world.instances[id];
  if (!instance?.exists) return false;
  // why: S4 — an instance shut down after isolation stays isolated; a terminated one is gone, not isolated.
  if (wanted === "isolated")
    return instance.state === "isolated" || (instance.isolated && instance.state === "shut-down");
  return instance.state === wanted;
}

// why: S4 — "make sure these images are read-only"; an off-site copy that can be tampered with is not the image asked for.
function imageCounts(image: { offsite: boolean; readOnly: boolean }, offsite: boolean | undefined): boolean {
  return !offsite || (image.offsite && image.readOnly);
}

function impactIs(world: WorldModel, id: string, wanted: ImpactStateName): boolean {
  const impact = world.business[id];
  if (!impact) return false;
  if (wanted === "softened") return impact.status !== "none" && impact.softened;
  if (wanted === "unsoftened") return impact.status !== "none" && !impact.softened;
  return impact.status === wanted;
}

function completedMatch(
  world: WorldModel,
  condition: Extract<Condition, { action: string }>,
  params: readonly (readonly [string, unknown])[],
) {
  const done = world.completed[condition.action];
  if (!done) return undefined;
  const { target } = condition;
  return done.find(
    (item) =>
      (target === undefined || item.target === target) &&
      (params.length === 0 || params.every(([key, value]) => fieldOf(item.action, key) === value)),
  );
}

function leakMatch(world: WorldModel, condition: Extract<Condition, { leaked: true }>) {
  return world.leaks.find(
    (leak) =>
      (condition.to === undefined || leak.to.includes(condition.to)) &&
      (condition.channel === undefined || leak.channel === condition.channel),
  );
}

function compile(condition: Condition): Test {
  if ("all" in condition) {
    const parts = condition.all.map(compiled);
    return (world) => parts.every((part) => part(world));
  }
  if ("any" in condition) {
    const parts = condition.any.map(compiled);
    return (world) => parts.some((part) => part(world));
  }
  if ("not" in condition) {
    const part = compiled(condition.not);
    return (world) => !part(world);
  }
  if ("instance" in condition) {
    const wanted = asList(condition.is);
    return (world) => wanted.some((state) => instanceIs(world, condition.instance, state));
  }
  if ("imaged" in condition)
    return (world) =>
      !!world.instances[condition.imaged]?.images.some((image) => imageCounts(image, condition.offsite));
  if ("credential" in condition) {
    const wanted = asList(condition.is);
    return (world) => {
      const credential = world.credentials[condition.credential];
      return !!credential && wanted.includes(credential.state);
    };
  }
  if ("codePath" in condition)
    return (world) => {
      const codePath = world.codePaths[condition.codePath];
      return !!codePath && codePath.enabled === (condition.is === "enabled");
    };
  if ("service" in condition)
    return (world) => {
      const service = world.services[condition.service];
      return !!service && service.running === (condition.is === "running");
    };
  if ("provider" in condition)
    return (world) => {
      const provider = world.providers[condition.provider];
      return !!provider && provider.purged === (condition.is === "purged");
    };
  if ("autoscalingGroup" in condition)
    return (world) => {
      const group = world.autoscalingGroups[condition.autoscalingGroup];
      return !!group && group.suspended === (condition.is === "suspended");
    };
  if ("logSource" in condition)
    return (world) => world.logSources[condition.logSource]?.status === condition.is;
  if ("foothold" in condition)
    return (world) => {
      const foothold = world.footholds[condition.foothold];
      return !!foothold && foothold.open === (condition.is === "open");
    };
  if ("fact" in condition)
    return (world) => {
      const fact = world.facts[condition.fact];
      return (fact?.exists ? fact.status : "hidden") === condition.is;
    };
  if ("flag" in condition) return (world) => world.flags[condition.flag] === true;
  if ("attackerStep" in condition)
    return (world) => world.attacker[condition.attackerStep]?.status === condition.is;
  if ("inject" in condition) {
    const delivered = condition.is === "delivered";
    return (world) => (world.injects[condition.inject]?.status === "delivered") === delivered;
  }
  if ("impact" in condition) {
    const wanted = asList(condition.is);
    return (world) => wanted.some((state) => impactIs(world, condition.impact, state));
  }
  if ("action" in condition) {
    const params = Object.entries(condition.params ?? {});
    return (world) => completedMatch(world, condition, params) !== undefined;
  }
  if ("leaked" in condition) return (world) => leakMatch(world, condition) !== undefined;
  if ("onTeam" in condition) return (world) => world.team.members.includes(condition.onTeam);
  if ("after" in condition) return (world) => world.now >= condition.after;
  if ("before" in condition) return (world) => world.now < condition.before;
  return () => false;
}

const cache = new WeakMap<Condition, Test>();

function compiled(condition: Condition): Test {
  let test = cache.get(condition);
  if (!test) {
    test = compile(condition);
    cache.set(condition, test);
  }
  return test;
}

/**
 * Whether the condition holds in this world at its current sim time: the one evaluator of the scenario condition
 * language, used by the engine, scoring and content checks alike (pure).
 */
export function evaluateCondition(condition: Condition, world: WorldModel): boolean {
  return compiled(condition)(world);
}

const STATE_KINDS = [
  ["instance", "instance"],
  ["credential", "credential"],
  ["codePath", "code-path"],
  ["service", "service"],
  ["provider", "provider"],
  ["autoscalingGroup", "autoscaling-group"],
  ["logSource", "log-source"],
] as const;

/** A test for the entries that change what the condition leaf looks at. */
function changesOf(condition: Condition): (entry: LogEntry) => boolean {
  for (const [key, kind] of STATE_KINDS) {
    if (!(key in condition)) continue;
    const id = (condition as Record<string, unknown>)[key];
    return (entry) =>
      (entry.type === "state.changed" && entry.kind === kind && entry.subject === id) ||
      (key === "instance" && entry.type === "instance.isolated" && entry.instance === id);
  }
  if ("foothold" in condition)
    return (entry) =>
      (entry.type === "foothold.opened" || entry.type === "foothold.closed") &&
      entry.foothold === condition.foothold;
  if ("fact" in condition)
    return (entry) =>
      (entry.type === "fact.discovered" || entry.type === "fact.lost") && entry.fact === condition.fact;
  if ("flag" in condition) return (entry) => entry.type === "flag.set" && entry.flag === condition.flag;
  if ("attackerStep" in condition)
    return (entry) =>
      (entry.type === "attacker.step" || entry.type === "attacker.skipped") &&
      entry.step === condition.attackerStep;
  if ("inject" in condition)
    return (entry) => entry.type === "inject.delivered" && entry.inject === condition.inject;
  if ("impact" in condition)
    return (entry) =>
      (entry.type === "business.impacted" ||
        entry.type === "business.softened" ||
        entry.type === "business.recovered") &&
      entry.impact === condition.impact;
  return () => false;
}

function leafWitness(condition: Condition, world: WorldModel, log: readonly LogEntry[]): number | undefined {
  if ("imaged" in condition)
    return world.instances[condition.imaged]?.images.find((image) => imageCounts(image, condition.offsite))
      ?.seq;
  if ("action" in condition)
    return completedMatch(world, condition, Object.entries(condition.params ?? {}))?.seq;
  if ("leaked" in condition) return leakMatch(world, condition)?.seq;
  const last = Math.min(world.seq, log.length - 1);
  if ("onTeam" in condition) {
    for (let index = 0; index <= last; index++) {
      const entry = log[index];
      if (entry?.type === "team.joined" && entry.person === condition.onTeam) return entry.seq;
    }
    return undefined;
  }
  const changes = changesOf(condition);
  for (let index = last; index >= 0; index--) {
    const entry = log[index];
    if (entry && changes(entry)) return entry.seq;
  }
  return undefined;
}

/**
 * The log entries that make a holding condition hold in this world (what a finding cites): the entry that last
 * changed each subject it looks at; empty when it fails or holds by default (a `not`, a time bound, a state
 * nothing has changed yet). `log` is the log the world was folded from.
 */
export function conditionEvidence(
  condition: Condition,
  world: WorldModel,
  log: readonly LogEntry[],
): number[] {
  if (!evaluateCondition(condition, world)) return [];
  if ("all" in condition) return condition.all.flatMap((part) => conditionEvidence(part, world, log));
  if ("any" in condition) {
    const part = condition.any.find((candidate) => evaluateCondition(candidate, world));
    return part ? conditionEvidence(part, world, log) : [];
  }
  if ("not" in condition) return [];
  const seq = leafWitness(condition, world, log);
  return seq === undefined ? [] : [seq];
}

/** A compact, stable description of a condition for log reasons. */
export function describeCondition(condition: Condition): string {
  return JSON.stringify(condition);
}

/** Every minute at which the condition can change by the passing of time alone. */
export function conditionTimes(condition: Condition | undefined, into: number[]): void {
  if (!condition) return;
  if ("all" in condition) for (const part of condition.all) conditionTimes(part, into);
  else if ("any" in condition) for (const part of condition.any) conditionTimes(part, into);
  else if ("not" in condition) conditionTimes(condition.not, into);
  else if ("after" in condition) into.push(condition.after);
  else if ("before" in condition) into.push(condition.before);
}

/** Adds to `into` every action type the condition asks about (`action: …` leaves). */
export function conditionActionTypes(condition: Condition | undefined, into: Set<string>): void {
  if (!condition) return;
  if ("all" in condition) for (const part of condition.all) conditionActionTypes(part, into);
  else if ("any" in condition) for (const part of condition.any) conditionActionTypes(part, into);
  else if ("not" in condition) conditionActionTypes(condition.not, into);
  else if ("action" in condition) into.add(condition.action);
}

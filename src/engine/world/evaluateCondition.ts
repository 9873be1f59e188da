import type { Condition } from "../condition";
import type { WorldState } from "./worldState";

type Test = (world: WorldState) => boolean;

function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function instanceIs(world: WorldState, id: string, wanted: string): boolean {
  const instance = world.instances[id];
  if (!instance?.exists) return false;
  if (wanted === "isolated")
    return instance.state === "isolated" || (instance.isolated && instance.state === "shut-down");
  return instance.state === wanted;
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
      !!world.instances[condition.imaged]?.images.some((image) => !condition.offsite || image.offsite);
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
  if ("action" in condition) {
    const params = condition.params ? Object.entries(condition.params) : [];
    return (world) =>
      !!world.completed[condition.action]?.some(
        (done) =>
          (condition.target === undefined || done.target === condition.target) &&
          params.every(([key, value]) => (done.action as unknown as Record<string, unknown>)[key] === value),
      );
  }
  if ("leaked" in condition)
    return (world) =>
      world.leaks.some(
        (leak) =>
          (condition.to === undefined || leak.to.includes(condition.to)) &&
          (condition.channel === undefined || leak.channel === condition.channel),
      );
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

/** Whether the condition holds in this world at its current sim time (every Condition member; pure). */
export function evaluateCondition(condition: Condition, world: WorldState): boolean {
  return compiled(condition)(world);
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

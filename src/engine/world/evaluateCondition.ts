import type { Condition } from "../condition";
import type { WorldState } from "./worldState";

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

/** Whether the condition holds in this world at its current sim time (every Condition member; pure). */
export function evaluateCondition(condition: Condition, world: WorldState): boolean {
  if ("all" in condition) return condition.all.every((part) => evaluateCondition(part, world));
  if ("any" in condition) return condition.any.some((part) => evaluateCondition(part, world));
  if ("not" in condition) return !evaluateCondition(condition.not, world);
  if ("instance" in condition)
    return asList(condition.is).some((wanted) => instanceIs(world, condition.instance, wanted));
  if ("imaged" in condition) {
    const instance = world.instances[condition.imaged];
    return !!instance?.images.some((image) => !condition.offsite || image.offsite);
  }
  if ("credential" in condition) {
    const credential = world.credentials[condition.credential];
    return !!credential && asList(condition.is).includes(credential.state);
  }
  if ("codePath" in condition) {
    const codePath = world.codePaths[condition.codePath];
    return !!codePath && codePath.enabled === (condition.is === "enabled");
  }
  if ("service" in condition) {
    const service = world.services[condition.service];
    return !!service && service.running === (condition.is === "running");
  }
  if ("provider" in condition) {
    const provider = world.providers[condition.provider];
    return !!provider && provider.purged === (condition.is === "purged");
  }
  if ("autoscalingGroup" in condition) {
    const group = world.autoscalingGroups[condition.autoscalingGroup];
    return !!group && group.suspended === (condition.is === "suspended");
  }
  if ("logSource" in condition) return world.logSources[condition.logSource]?.status === condition.is;
  if ("foothold" in condition) {
    const foothold = world.footholds[condition.foothold];
    return !!foothold && foothold.open === (condition.is === "open");
  }
  if ("fact" in condition) {
    const fact = world.facts[condition.fact];
    const status = fact?.exists ? fact.status : "hidden";
    return status === condition.is;
  }
  if ("flag" in condition) return world.flags[condition.flag] === true;
  if ("attackerStep" in condition) return world.attacker[condition.attackerStep]?.status === condition.is;
  if ("inject" in condition) {
    const delivered = world.injects[condition.inject]?.status === "delivered";
    return delivered === (condition.is === "delivered");
  }
  if ("action" in condition) {
    const params = condition.params;
    return world.completed.some(
      (done) =>
        done.type === condition.action &&
        (condition.target === undefined || done.target === condition.target) &&
        (!params ||
          Object.entries(params).every(
            ([key, value]) => (done.action as unknown as Record<string, unknown>)[key] === value,
          )),
    );
  }
  if ("leaked" in condition)
    return world.leaks.some(
      (leak) =>
        (condition.to === undefined || leak.to.includes(condition.to)) &&
        (condition.channel === undefined || leak.channel === condition.channel),
    );
  if ("onTeam" in condition) return world.team.members.includes(condition.onTeam);
  if ("after" in condition) return world.now >= condition.after;
  if ("before" in condition) return world.now < condition.before;
  return false;
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

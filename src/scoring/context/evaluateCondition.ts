import { actionTarget } from "../../engine/actions";
import type { Condition } from "../../engine/condition";
import type { DerivedWorld } from "./deriveWorld";

/** Whether a condition holds, and the log seqs that make it hold (empty when it fails or holds by default). */
export interface ConditionResult {
  holds: boolean;
  evidence: number[];
}

const yes = (evidence: (number | undefined)[] = []): ConditionResult => ({
  holds: true,
  evidence: evidence.filter((seq): seq is number => seq !== undefined),
});
const no: ConditionResult = { holds: false, evidence: [] };

function oneOf<T>(value: T, wanted: T | T[]): boolean {
  return Array.isArray(wanted) ? wanted.includes(value) : value === wanted;
}

function check(holds: boolean, witness: number | undefined): ConditionResult {
  return holds ? yes([witness]) : no;
}

/** Evaluates the scenario condition language over a world derived from the log (scoring's own evaluator). */
export function evaluateCondition(condition: Condition, world: DerivedWorld): ConditionResult {
  const w = (key: string) => world.witness.get(key);
  if ("all" in condition) {
    const results = condition.all.map((part) => evaluateCondition(part, world));
    return results.every((r) => r.holds) ? yes(results.flatMap((r) => r.evidence)) : no;
  }
  if ("any" in condition) {
    const found = condition.any.map((part) => evaluateCondition(part, world)).find((r) => r.holds);
    return found ?? no;
  }
  if ("not" in condition) return evaluateCondition(condition.not, world).holds ? no : yes();
  if ("instance" in condition) {
    const state = world.instances.get(condition.instance);
    if (!state) return no;
    const wanted = Array.isArray(condition.is) ? condition.is : [condition.is];
    const holds = wanted.includes(state.state) || (wanted.includes("isolated") && state.isolated);
    return check(holds, w(`instance:${condition.instance}`));
  }
  if ("imaged" in condition) {
    const image = world.images.find(
      (candidate) =>
        candidate.instance === condition.imaged &&
        (!condition.offsite || (candidate.offsite && candidate.readOnly)),
    );
    return image ? yes([image.seq]) : no;
  }
  if ("credential" in condition) {
    const state = world.credentials.get(condition.credential);
    return check(state !== undefined && oneOf(state, condition.is), w(`credential:${condition.credential}`));
  }
  if ("codePath" in condition)
    return check(
      world.codePaths.get(condition.codePath) === condition.is,
      w(`code-path:${condition.codePath}`),
    );
  if ("service" in condition)
    return check(world.services.get(condition.service) === condition.is, w(`service:${condition.service}`));
  if ("provider" in condition)
    return check(
      world.providers.get(condition.provider) === condition.is,
      w(`provider:${condition.provider}`),
    );
  if ("autoscalingGroup" in condition)
    return check(
      world.groups.get(condition.autoscalingGroup) === condition.is,
      w(`autoscaling-group:${condition.autoscalingGroup}`),
    );
  if ("logSource" in condition)
    return check(
      world.logSources.get(condition.logSource) === condition.is,
      w(`log-source:${condition.logSource}`),
    );
  if ("foothold" in condition)
    return check(
      world.footholds.get(condition.foothold) === condition.is,
      w(`foothold:${condition.foothold}`),
    );
  if ("fact" in condition)
    return check(world.facts.get(condition.fact) === condition.is, w(`fact:${condition.fact}`));
  if ("flag" in condition) return check(world.flags.has(condition.flag), w(`flag:${condition.flag}`));
  if ("attackerStep" in condition) {
    const set = condition.is === "done" ? world.stepsDone : world.stepsSkipped;
    return check(set.has(condition.attackerStep), w(`step:${condition.attackerStep}`));
  }
  if ("inject" in condition) {
    const delivered = world.injectsDelivered.has(condition.inject);
    return check(condition.is === "delivered" ? delivered : !delivered, w(`inject:${condition.inject}`));
  }
  if ("action" in condition) {
    const entry = world.completed.find((candidate) => {
      if (candidate.action.type !== condition.action) return false;
      if (condition.target !== undefined && actionTarget(candidate.action) !== condition.target) return false;
      const fields = candidate.action as unknown as Record<string, unknown>;
      return Object.entries(condition.params ?? {}).every(([key, value]) => fields[key] === value);
    });
    return entry ? yes([entry.seq]) : no;
  }
  if ("leaked" in condition) {
    const leak = world.leaks.find(
      (candidate) =>
        (condition.to === undefined || candidate.to.includes(condition.to)) &&
        (condition.channel === undefined || candidate.channel === condition.channel),
    );
    return leak ? yes([leak.seq]) : no;
  }
  if ("onTeam" in condition) return check(world.team.has(condition.onTeam), w(`team:${condition.onTeam}`));
  if ("after" in condition) return world.at >= condition.after ? yes() : no;
  return world.at < condition.before ? yes() : no;
}

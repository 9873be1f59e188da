import type { Condition } from "../../engine/condition";
import type { ScenarioDefinition } from "../../engine/scenario";

/** One reply-option problem: the inject and option it concerns, the code and the message. */
export interface ReplyProblem {
  inject: number;
  reply?: number;
  code: "HW0067" | "HW0068";
  message: string;
}

function everyCondition(scenario: ScenarioDefinition): Condition[] {
  const found: (Condition | undefined)[] = [
    ...scenario.attacker.flatMap((step) => [step.when, step.trigger?.when]),
    ...scenario.injects.flatMap((inject) => [inject.when, inject.unless]),
    ...scenario.flags.map((flag) => flag.setWhen),
    ...scenario.world.logSources.map((source) => source.destroyedWhen),
    ...scenario.world.channels.map((channel) => channel.compromisedWhen),
    scenario.world.roomCompromisedWhen,
    scenario.world.callCompromisedWhen,
    ...scenario.vector.closedBy,
    ...scenario.business.impacts.flatMap((impact) => [impact.when, impact.softenedBy, impact.recoversWhen]),
  ];
  return found.filter((condition): condition is Condition => condition !== undefined);
}

/** `inject|option` for every reply choice some condition of the scenario reads. */
function choicesRead(scenario: ScenarioDefinition): Set<string> {
  const read = new Set<string>();
  const visit = (condition: Condition): void => {
    if ("all" in condition) condition.all.forEach(visit);
    else if ("any" in condition) condition.any.forEach(visit);
    else if ("not" in condition) visit(condition.not);
    else if ("action" in condition && condition.action === "reply" && condition.target !== undefined) {
      const option = condition.params?.option;
      if (typeof option === "string") read.add(`${condition.target}|${option}`);
    }
  };
  everyCondition(scenario).forEach(visit);
  return read;
}

/**
 * Reply options that are not real choices: an option whose choice changes nothing (no action but a note, and no
 * condition of the scenario reads it) is `HW0067`; an inject offering fewer than two options, or two options with
 * the same effect, is `HW0068`. Every option of a real dilemma has a consequence, and they differ.
 */
export function replyProblems(scenario: ScenarioDefinition): ReplyProblem[] {
  const read = choicesRead(scenario);
  const problems: ReplyProblem[] = [];
  scenario.injects.forEach((inject, i) => {
    if (inject.replies.length === 0) return;
    if (inject.replies.length < 2)
      problems.push({
        inject: i,
        code: "HW0068",
        message: `inject "${inject.id}" offers one reply option: give it at least two defensible choices`,
      });
    const effects = new Map<string, string>();
    inject.replies.forEach((reply, j) => {
      const readByCondition = read.has(`${inject.id}|${reply.id}`);
      const acts = reply.action !== undefined && reply.action.type !== "note";
      if (!acts && !readByCondition) {
        problems.push({
          inject: i,
          reply: j,
          code: "HW0067",
          message: `reply option "${reply.id}" of inject "${inject.id}" changes nothing: give it an action, or make a condition read the choice`,
        });
        return;
      }
      const effect = readByCondition ? `read:${reply.id}` : JSON.stringify(reply.action);
      const same = effects.get(effect);
      if (same !== undefined)
        problems.push({
          inject: i,
          reply: j,
          code: "HW0068",
          message: `reply options "${same}" and "${reply.id}" of inject "${inject.id}" have the same effect: make the choices differ`,
        });
      else effects.set(effect, reply.id);
    });
  });
  return problems;
}

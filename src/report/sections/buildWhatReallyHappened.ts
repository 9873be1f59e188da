import { actionTarget } from "../../engine/actions";
import type { Condition } from "../../engine/condition";
import type { AttackerEffect, AttackerStep, ScenarioDefinition } from "../../engine/scenario";
import type { ReportAttackerStep } from "../afterActionReport";
import { describeAction, nameOf } from "../support/describeAction";
import { describeReason } from "../support/describeCondition";
import type { ReportContext } from "../support/reportContext";

/**
 * The full attacker script in the order it really happened: steps that ran or were skipped at the moment the log
 * records, then the steps never reached in planned order (a triggered step runs when its trigger fires, not at its
 * placeholder `at`), with the player actions that prevented a skipped one.
 */
export function buildWhatReallyHappened(context: ReportContext): ReportAttackerStep[] {
  const { scenario, log } = context.input;
  const momentOf = (step: AttackerStep) =>
    log.find(
      (entry) =>
        (entry.type === "attacker.step" || entry.type === "attacker.skipped") && entry.step === step.id,
    ) ?? undefined;
  return scenario.attacker
    .map((step, index) => {
      const decisive = momentOf(step);
      return {
        step,
        index,
        at: decisive?.at ?? Number.POSITIVE_INFINITY,
        seq: decisive?.seq ?? Number.POSITIVE_INFINITY,
      };
    })
    .sort(
      (a, b) =>
        (a.at === b.at ? 0 : a.at < b.at ? -1 : 1) ||
        (a.seq === b.seq ? 0 : a.seq < b.seq ? -1 : 1) ||
        a.step.at - b.step.at ||
        a.index - b.index,
    )
    .map(({ step }) => {
      const ran = log.find((entry) => entry.type === "attacker.step" && entry.step === step.id);
      const skipped = log.find((entry) => entry.type === "attacker.skipped" && entry.step === step.id);
      const result: ReportAttackerStep = {
        id: step.id,
        title: step.title,
        description: context.plain(step.description),
        scheduled: context.moment(step.at),
        status: ran ? "done" : skipped ? "skipped" : "not-reached",
        preventable: step.preventable,
        preventedBy: [],
        effects: step.effects.map((effect) => describeEffect(effect, scenario)),
      };
      if (step.technique !== undefined) result.technique = step.technique;
      if (step.ip !== undefined) result.ip = step.ip;
      const decisive = ran ?? skipped;
      if (decisive) result.at = context.moment(decisive.at);
      if (skipped?.type === "attacker.skipped") {
        result.reason = context.plain(describeReason(skipped.reason, context.name));
        result.preventedBy = preventingActions(step, skipped.at, context);
      }
      return result;
    });
}

/** Completed player actions, up to the skip, on anything the step's condition looks at. */
function preventingActions(step: AttackerStep, until: number, context: ReportContext) {
  const { scenario, log } = context.input;
  const ids = new Set<string>();
  for (const condition of [step.when, step.trigger?.when]) if (condition) collectIds(condition, ids);
  for (const foothold of scenario.world.footholds)
    if (ids.has(foothold.id)) for (const via of foothold.via) ids.add(via);
  return log
    .filter((entry) => entry.type === "action.completed" && entry.at <= until)
    .flatMap((entry) => {
      if (entry.type !== "action.completed") return [];
      const target = actionTarget(entry.action);
      if (target === undefined || !ids.has(target)) return [];
      return [
        {
          seq: entry.seq,
          at: context.moment(entry.at),
          label: describeAction(entry.action, scenario).label,
          by: context.actors(entry.seq),
        },
      ];
    });
}

const ID_KEYS = [
  "instance",
  "imaged",
  "credential",
  "codePath",
  "service",
  "provider",
  "autoscalingGroup",
  "logSource",
  "foothold",
  "fact",
  "flag",
  "attackerStep",
  "inject",
  "target",
  "onTeam",
  "to",
  "channel",
] as const;

function collectIds(condition: Condition, ids: Set<string>): void {
  if ("all" in condition) for (const part of condition.all) collectIds(part, ids);
  else if ("any" in condition) for (const part of condition.any) collectIds(part, ids);
  else if ("not" in condition) collectIds(condition.not, ids);
  else
    for (const key of ID_KEYS) {
      const value = (condition as Record<string, unknown>)[key];
      if (typeof value === "string") ids.add(value);
    }
}

function describeEffect(effect: AttackerEffect, scenario: ScenarioDefinition): string {
  if ("openFoothold" in effect) {
    const foothold = scenario.world.footholds.find((candidate) => candidate.id === effect.openFoothold);
    return `Gains a foothold: ${foothold?.description ?? effect.openFoothold}`;
  }
  if ("closeFoothold" in effect) {
    const foothold = scenario.world.footholds.find((candidate) => candidate.id === effect.closeFoothold);
    return `Gives up a foothold: ${foothold?.description ?? effect.closeFoothold}`;
  }
  if ("exfiltrate" in effect) {
    const { dataStore, dataClasses, amount } = effect.exfiltrate;
    return `Exfiltrates ${dataClasses.join(", ")} from ${nameOf(dataStore, scenario)} (${amount})`;
  }
  if ("destroyLogSource" in effect)
    return `Destroys the log source ${nameOf(effect.destroyLogSource, scenario)}`;
  if ("terminateInstance" in effect) return `Terminates ${nameOf(effect.terminateInstance, scenario)}`;
  if ("createInstance" in effect) return `Creates ${nameOf(effect.createInstance, scenario)}`;
  if ("compromiseCredential" in effect) return `Compromises ${nameOf(effect.compromiseCredential, scenario)}`;
  if ("triggerInject" in effect) {
    const inject = scenario.injects.find((candidate) => candidate.id === effect.triggerInject);
    return inject?.subject ? `Prompts a message: “${inject.subject}”` : "Prompts a message to the team";
  }
  const flag = scenario.flags.find((candidate) => candidate.id === effect.setFlag);
  return flag ? flag.description : "Changes the situation";
}

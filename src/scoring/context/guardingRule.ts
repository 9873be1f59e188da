import type { ActionType, ContactKind } from "../../engine/actions";
import type { Condition } from "../../engine/condition";
import type { RuleId } from "../../engine/rubricRuleIds";
import type { AttackerStep, ScenarioDefinition } from "../../engine/scenario";

const OUTREACH_RULE: Partial<Record<ContactKind, RuleId>> = {
  "law-enforcement": "outreach.law-enforcement",
  fbi: "outreach.law-enforcement",
  operator: "outreach.operators",
  "security-firm": "outreach.security-firm",
  insurer: "outreach.insurer",
  vendor: "outreach.vector-parties",
  "customer-security": "disclosure.customers-first",
  regulator: "disclosure.statutory-deadline",
  "affected-individuals": "disclosure.statutory-deadline",
};

const ACTION_RULE: Partial<Record<ActionType, RuleId>> = {
  "revoke-credential": "mitigation.revoke-promptly",
  "rotate-credential": "mitigation.revoke-promptly",
  "rotate-overlapping": "mitigation.revoke-promptly",
  "isolate-instance": "containment.isolate-early",
  "shutdown-instance": "containment.isolate-early",
  "preserve-logs": "evidence.preserve-logs",
  "purge-provider-accounts": "containment.vector-cut",
  "disable-code-path": "containment.vector-cut",
  "block-ip": "mitigation.block-ips",
  "notify-regulator": "disclosure.statutory-deadline",
};

function actionRule(
  condition: Extract<Condition, { action: ActionType }>,
  scenario: ScenarioDefinition,
): RuleId | undefined {
  if (condition.action === "contact" || condition.action === "send-message") {
    const kind = scenario.world.people.find((person) => person.id === condition.target)?.contactKind;
    return kind === undefined ? undefined : OUTREACH_RULE[kind];
  }
  return ACTION_RULE[condition.action];
}

/**
 * The rule that guards what a condition reads: the credential, instance, foothold or log it waits on, or the move
 * (a call to the bank, a revocation) whose absence lets it hold; undefined when it reads none of these.
 */
export function guardingRule(
  condition: Condition | undefined,
  scenario: ScenarioDefinition,
): RuleId | undefined {
  if (!condition) return undefined;
  if ("all" in condition) return firstOf(condition.all, scenario);
  if ("any" in condition) return firstOf(condition.any, scenario);
  if ("not" in condition) return guardingRule(condition.not, scenario);
  if ("credential" in condition) return "mitigation.revoke-promptly";
  if ("instance" in condition) return "containment.isolate-early";
  if ("foothold" in condition) return "containment.time-to-stop";
  if ("logSource" in condition) return "evidence.preserve-logs";
  if ("provider" in condition || "codePath" in condition || "service" in condition)
    return "containment.vector-cut";
  if ("leaked" in condition || "onTeam" in condition) return "privacy.need-to-know";
  if ("action" in condition) return actionRule(condition, scenario);
  // why: a step set off by a tip-off (the intruder cleaning up once he read the team's mail) is the tip-off's harm.
  if ("flag" in condition) return scenario.flags.find((flag) => flag.id === condition.flag)?.violates?.[0];
  return undefined;
}

function firstOf(conditions: readonly Condition[], scenario: ScenarioDefinition): RuleId | undefined {
  return conditions.map((condition) => guardingRule(condition, scenario)).find((rule) => rule !== undefined);
}

/**
 * The rule whose failure let an attacker step run: what set it off (its trigger), else what it waited on (its
 * condition), else time-to-stop (the attacker was simply still there).
 */
export function ruleForStep(step: AttackerStep, scenario: ScenarioDefinition): RuleId {
  return (
    guardingRule(step.trigger?.when, scenario) ??
    guardingRule(step.when, scenario) ??
    "containment.time-to-stop"
  );
}

/** Whether an attacker step waits on the team not reaching an outside party (a bank recall, a vendor's help). */
export function waitsOnOutreach(step: AttackerStep, scenario: ScenarioDefinition): boolean {
  const rule = ruleForStep(step, scenario);
  return rule.startsWith("outreach.") || rule === "disclosure.customers-first";
}

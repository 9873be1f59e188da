/**
 * Every rubric rule id of the rubric (docs/rubric.md), in rubric order: the one list content (play expectations, inject
 * `controller.tests`) and scoring (its registry) agree on; test/scoring/registry.test.ts checks it against
 * docs/rubric.md and the registry.
 */
export const RUBRIC_RULE_IDS = [
  "containment.stop-first",
  "containment.time-to-stop",
  "containment.vector-cut",
  "containment.isolate-early",
  "containment.forensics-after-secure",
  "containment.no-tip-off",
  "evidence.no-terminate",
  "evidence.image-affected",
  "evidence.image-readonly-offsite",
  "evidence.image-early",
  "evidence.preserve-logs",
  "codename.set-early",
  "codename.innocuous",
  "codename.room-named",
  "codename.no-revealing-names",
  "privacy.need-to-know",
  "privacy.no-broad-channels",
  "privacy.topic-prefix",
  "privacy.email-subject",
  "privacy.email-encrypted",
  "privacy.avoid-email",
  "privacy.no-sms",
  "privacy.internal-after-forensics",
  "privacy.internal-brief",
  "disclosure.after-validation",
  "disclosure.within-days",
  "disclosure.customers-first",
  "disclosure.date-in-title",
  "disclosure.no-cliche",
  "disclosure.honest-detailed",
  "disclosure.no-naming",
  "disclosure.via-marketing",
  "disclosure.true-claims",
  "disclosure.statutory-deadline",
  "team.page-ic-early",
  "team.voice-call",
  "team.room",
  "team.security-included",
  "team.service-reps",
  "team.exec-legal",
  "team.need-to-know-members",
  "investigation.timeline",
  "investigation.backdoors",
  "investigation.compromised-data",
  "investigation.other-systems",
  "mitigation.rotate-host-secrets",
  "mitigation.rotate-attack-accounts",
  "mitigation.revoke-promptly",
  "mitigation.rotate-after-cut",
  "mitigation.block-ips",
  "mitigation.alerting",
  "mitigation.monitor-reentry",
  "mitigation.no-needless-outage",
  "mitigation.soften-outage",
  "outreach.law-enforcement",
  "outreach.operators",
  "outreach.security-firm",
  "outreach.insurer",
  "outreach.vector-parties",
] as const;

/** A rubric rule id. */
export type RuleId = (typeof RUBRIC_RULE_IDS)[number];

/** Whether a string is a rubric rule id. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RUBRIC_RULE_IDS as readonly string[]).includes(value);
}

/**
 * The rules that read a scenario flag's `violates:` (a set flag that names the rule violates it); every other rule
 * ignores it. test/scoring/flagViolations.test.ts holds this list to what the rules actually read.
 */
export const RULES_HONOURING_FLAGS: readonly RuleId[] = [
  "containment.no-tip-off",
  "mitigation.monitor-reentry",
];

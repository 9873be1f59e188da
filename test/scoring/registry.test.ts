import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RUBRIC_RULE_IDS } from "../../src/content/rubricRules";
import { CHECKLIST } from "../../src/engine/checklist";
import { RULE_IDS, RULES } from "../../src/scoring/rules/registry";

/** The rule ids of RUBRIC.md, copied here as the specification. */
const RUBRIC_IDS = [
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
  "mitigation.block-ips",
  "mitigation.alerting",
  "mitigation.monitor-reentry",
  "outreach.law-enforcement",
  "outreach.operators",
  "outreach.security-firm",
  "outreach.insurer",
  "outreach.vector-parties",
];

describe("the rule registry", () => {
  it("holds exactly the rubric's rule ids, in rubric order", () => {
    expect(RULE_IDS).toEqual(RUBRIC_IDS);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s sits in its dimension and quotes its checklist step",
    (id, rule) => {
      expect(id.startsWith(`${rule.dimension}.`)).toBe(true);
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.title.length).toBeGreaterThan(0);
      const step = CHECKLIST.find((candidate) => candidate.id === rule.step);
      expect([step?.summary, ...(step?.lines ?? [])]).toContain(rule.checklistLine);
    },
  );

  it("matches the copy content validates plays against", () => {
    expect([...RUBRIC_RULE_IDS]).toEqual(RUBRIC_IDS);
  });

  it("every rule is documented in docs/rubric-rules.md", () => {
    const doc = readFileSync(join(import.meta.dirname, "../../docs/rubric-rules.md"), "utf8");
    const documented = RUBRIC_IDS.filter((id) => doc.includes(`| \`${id}\` |`));
    expect(documented).toEqual(RUBRIC_IDS);
  });
});

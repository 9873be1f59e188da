import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/scoring/rules/registry";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { HARBOUR_LIGHTS } from "./fixtures/harbourLights";
import { expertPlay, recklessPlay } from "./support/harbourPlays";

describe("scoreDrill on Harbour Lights", () => {
  const expert = scoreDrill(HARBOUR_LIGHTS, expertPlay().log());
  const reckless = scoreDrill(HARBOUR_LIGHTS, recklessPlay().log());

  it.each(RULE_IDS)("the expert play meets %s", (rule) => {
    const finding = expert.findings.find((f) => f.rule === rule);
    expect({ rule, outcome: finding?.outcome, summary: finding?.summary }).toMatchObject({
      rule,
      outcome: "met",
    });
    expect(finding?.credit).toBe(1);
  });

  it("the expert play scores 100 with P everywhere", () => {
    expect(expert.total).toBe(100);
    expect(expert.rating).toBe("P");
    for (const dimension of Object.values(expert.dimensions)) expect(dimension.rating).toBe("P");
  });

  it.each([
    "containment.stop-first",
    "containment.time-to-stop",
    "containment.vector-cut",
    "evidence.no-terminate",
    "evidence.image-affected",
    "evidence.image-early",
    "evidence.preserve-logs",
    "codename.innocuous",
    "codename.room-named",
    "privacy.need-to-know",
    "privacy.no-broad-channels",
    "privacy.topic-prefix",
    "privacy.no-sms",
    "privacy.internal-brief",
    "disclosure.after-validation",
    "disclosure.customers-first",
    "disclosure.date-in-title",
    "disclosure.no-cliche",
    "disclosure.honest-detailed",
    "disclosure.no-naming",
    "disclosure.via-marketing",
    "team.page-ic-early",
    "team.voice-call",
    "team.security-included",
    "team.service-reps",
    "team.need-to-know-members",
    "investigation.backdoors",
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
  ])("the reckless play violates %s", (rule) => {
    const finding = reckless.findings.find((f) => f.rule === rule);
    expect({ rule, outcome: finding?.outcome }).toEqual({ rule, outcome: "violated" });
    expect(finding?.credit).toBe(0);
    expect(finding?.summary).not.toBe("");
  });

  it("the reckless play scores below 40, rated U, with M or U on every named dimension", () => {
    expect(reckless.total).toBeLessThan(40);
    expect(reckless.rating).toBe("U");
    for (const id of ["containment", "evidence", "codename", "privacy", "disclosure"] as const)
      expect(["M", "U"]).toContain(reckless.dimensions[id].rating);
  });

  it("every finding carries its checklist step and line, and evidence that points into the log", () => {
    const log = recklessPlay().log();
    for (const finding of scoreDrill(HARBOUR_LIGHTS, log).findings) {
      expect(finding.checklistLine.length).toBeGreaterThan(10);
      for (const seq of finding.evidence) expect(log[seq]?.seq).toBe(seq);
    }
  });

  it("the terminated instance is named with the facts lost with it", () => {
    const finding = reckless.findings.find((f) => f.rule === "evidence.no-terminate");
    expect(finding?.summary).toMatch(/web-1 at T\+1:33 terminated; \d fact\(s\) lost/);
    expect(finding?.at).toBe(93);
  });

  it("is deterministic: the same log gives the same score card", () => {
    expect(scoreDrill(HARBOUR_LIGHTS, recklessPlay().log())).toEqual(reckless);
  });
});

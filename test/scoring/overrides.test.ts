import { describe, expect, it } from "vitest";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { HARBOUR_LIGHTS } from "./fixtures/harbourLights";
import { recklessPlay } from "./support/harbourPlays";

describe("facilitator overrides", () => {
  it("replace the computed outcome and keep it in Finding.override", () => {
    const log = recklessPlay()
      .override("privacy.no-sms", "met", "The CFO was on the bridge; the SMS was a follow-up.")
      .log();
    const finding = scoreDrill(HARBOUR_LIGHTS, log).findings.find((f) => f.rule === "privacy.no-sms");
    expect(finding).toMatchObject({
      outcome: "met",
      credit: 1,
      override: {
        from: "violated",
        fromCredit: 0,
        rationale: "The CFO was on the bridge; the SMS was a follow-up.",
      },
    });
    expect(log[finding?.override?.seq ?? -1]?.type).toBe("finding.overridden");
  });

  it("a partial override carries its credit and changes the dimension score", () => {
    const before = scoreDrill(HARBOUR_LIGHTS, recklessPlay().log());
    const after = scoreDrill(
      HARBOUR_LIGHTS,
      recklessPlay()
        .override("evidence.no-terminate", "partial", "It had been imaged by the provider", 0.5)
        .log(),
    );
    expect(after.findings.find((f) => f.rule === "evidence.no-terminate")).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
    expect(after.dimensions.evidence.score).toBeGreaterThan(before.dimensions.evidence.score ?? 0);
  });

  it("n/a removes the rule from its dimension; the last override of a rule wins; unknown outcomes are ignored", () => {
    const log = recklessPlay()
      .override("team.exec-legal", "violated", "first thought")
      .override("team.exec-legal", "n/a", "no legal counsel exists at this company")
      .override("team.room", "excellent" as "met", "not an outcome")
      .log();
    const card = scoreDrill(HARBOUR_LIGHTS, log);
    const execLegal = card.findings.find((f) => f.rule === "team.exec-legal");
    expect(execLegal).toMatchObject({
      outcome: "n/a",
      override: { rationale: "no legal counsel exists at this company" },
    });
    expect(execLegal?.credit).toBeUndefined();
    expect(card.findings.find((f) => f.rule === "team.room")?.override).toBeUndefined();
  });

  it("rule weights can be overridden by the organisation profile", () => {
    const scenario = {
      ...HARBOUR_LIGHTS,
      organisation: { ...HARBOUR_LIGHTS.organisation, ruleWeights: { "evidence.no-terminate": 10 } },
    };
    const card = scoreDrill(scenario, recklessPlay().log());
    expect(card.findings.find((f) => f.rule === "evidence.no-terminate")?.weight).toBe(10);
  });
});

import { describe, expect, it } from "vitest";
import { ELIMU_PROFILE } from "../../src/engine/organisation";
import type { RuleId } from "../../src/engine/rubricRuleIds";
import { dimensionScores, stepTable, totalScore, weightedScore } from "../../src/scoring/dimensionScores";
import { hseepRating } from "../../src/scoring/rating";
import type { Finding } from "../../src/scoring/scoreCard";

function finding(
  rule: string,
  dimension: Finding["dimension"],
  outcome: Finding["outcome"],
  weight: number,
  credit?: number,
): Finding {
  return {
    // why: the weighting is indifferent to which rule it is, so these tests use short stand-in ids.
    rule: rule as RuleId,
    dimension,
    step: "S1",
    checklistLine: "line",
    outcome,
    weight,
    ...(credit !== undefined ? { credit } : {}),
    evidence: [],
    summary: "",
    advice: "",
  };
}

describe("dimension and total arithmetic", () => {
  it("a dimension is 100 × Σ(weight × credit) / Σ(weight) over rules that apply", () => {
    const findings = [
      finding("a", "containment", "met", 3, 1),
      finding("b", "containment", "partial", 1, 0.5),
      finding("c", "containment", "violated", 2, 0),
      finding("d", "containment", "n/a", 5),
    ];
    // (3 + 0.5 + 0) / 6 = 58.3
    expect(weightedScore(findings)).toBe(58.3);
    expect(weightedScore([finding("d", "containment", "n/a", 5)])).toBeUndefined();
  });

  it("the total is the weighted mean of dimensions that apply, renormalised", () => {
    const dimensions = dimensionScores(
      [finding("a", "containment", "met", 1, 1), finding("b", "team", "violated", 1, 0)],
      ELIMU_PROFILE,
    );
    expect(dimensions.containment).toMatchObject({ score: 100, rating: "P", weight: 15 });
    expect(dimensions.team).toMatchObject({ score: 0, rating: "U", weight: 6.25 });
    expect(dimensions.evidence).toMatchObject({ score: undefined, rating: undefined });
    // (15 × 100 + 6.25 × 0) / 21.25 = 70.6
    expect(totalScore(dimensions)).toBe(70.6);
  });

  it("the dimension weights come from the profile", () => {
    const profile = { ...ELIMU_PROFILE, dimensionWeights: { ...ELIMU_PROFILE.dimensionWeights, team: 15 } };
    const dimensions = dimensionScores(
      [finding("a", "containment", "met", 1, 1), finding("b", "team", "violated", 1, 0)],
      profile,
    );
    expect(totalScore(dimensions)).toBe(50);
  });

  it.each([
    [90, "P"],
    [89.9, "S"],
    [70, "S"],
    [69.9, "M"],
    [40, "M"],
    [39.9, "U"],
    [0, "U"],
  ] as const)("HSEEP rating of %f is %s", (score, rating) => {
    expect(hseepRating(score, ELIMU_PROFILE.ratingThresholds)).toBe(rating);
  });

  it("ratings follow the profile's thresholds", () => {
    expect(hseepRating(80, { P: 80, S: 60, M: 30 })).toBe("P");
  });

  it("the step table rates every checklist step from the findings that cite it", () => {
    const steps = stepTable(
      [finding("containment.stop-first", "containment", "partial", 1, 0.5)],
      ELIMU_PROFILE,
    );
    expect(steps.map((s) => s.step)).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "S7",
      "S8",
      "S9",
      "S10",
      "S11",
      "S12",
      "S13",
      "S14",
      "COMMS",
    ]);
    expect(steps[0]).toMatchObject({
      step: "S1",
      score: 50,
      rating: "M",
      findings: ["containment.stop-first"],
    });
    expect(steps[1]).toMatchObject({ step: "S2", score: undefined, rating: undefined, findings: [] });
  });

  it("a rule that also rates another step appears under both", () => {
    const steps = stepTable([finding("evidence.no-terminate", "evidence", "violated", 1, 0)], ELIMU_PROFILE);
    expect(steps.find((s) => s.step === "S4")?.findings).toEqual(["evidence.no-terminate"]);
  });
});

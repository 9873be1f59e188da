import { CHECKLIST, type ChecklistStepId } from "../engine/checklist";
import type { DimensionId, OrganisationProfile } from "../engine/organisation";
import { hseepRating } from "./rating";
import { RULES } from "./rules/registry";
import type { DimensionScore, Finding, ScoreCard } from "./scoreCard";

/** Display titles of the rubric's dimensions. */
export const DIMENSION_TITLES: Record<DimensionId, string> = {
  containment: "Containment order",
  evidence: "Avoiding instance termination",
  codename: "Codename use",
  privacy: "Keeping comms private",
  disclosure: "Timing and quality of external disclosure",
  team: "Assembling the response team",
  investigation: "Timeline and compromised data",
  mitigation: "Risk of re-attack and mitigations",
  outreach: "Law enforcement and external parties",
};

const DIMENSIONS = Object.keys(DIMENSION_TITLES) as DimensionId[];

/** 100 × Σ(weight × credit) / Σ(weight) over the findings that apply, to one decimal; undefined when none applies. */
export function weightedScore(findings: readonly Finding[]): number | undefined {
  const applying = findings.filter((finding) => finding.outcome !== "n/a" && finding.credit !== undefined);
  const weight = applying.reduce((sum, finding) => sum + finding.weight, 0);
  if (weight <= 0) return undefined;
  const earned = applying.reduce((sum, finding) => sum + finding.weight * (finding.credit ?? 0), 0);
  return Math.round((1000 * earned) / weight) / 10;
}

/** Per-dimension scores with HSEEP ratings and the dimension weights of the profile. */
export function dimensionScores(
  findings: readonly Finding[],
  profile: OrganisationProfile,
): Record<DimensionId, DimensionScore> {
  const entries = DIMENSIONS.map((id): [DimensionId, DimensionScore] => {
    const mine = findings.filter((finding) => finding.dimension === id);
    const score = weightedScore(mine);
    return [
      id,
      {
        id,
        title: DIMENSION_TITLES[id],
        score,
        rating: score === undefined ? undefined : hseepRating(score, profile.ratingThresholds),
        weight: profile.dimensionWeights[id],
        findings: mine.map((finding) => finding.rule),
      },
    ];
  });
  return Object.fromEntries(entries) as Record<DimensionId, DimensionScore>;
}

/** Weighted mean of the dimension scores with the profile's weights, renormalised over dimensions that apply. */
export function totalScore(dimensions: Record<DimensionId, DimensionScore>): number {
  const applying = Object.values(dimensions).filter((d) => d.score !== undefined && d.weight > 0);
  const weight = applying.reduce((sum, d) => sum + d.weight, 0);
  if (weight <= 0) return 0;
  return Math.round((10 * applying.reduce((sum, d) => sum + d.weight * (d.score ?? 0), 0)) / weight) / 10;
}

/** The HSEEP analysis table: every checklist step with the score and rating of the findings that cite it. */
export function stepTable(findings: readonly Finding[], profile: OrganisationProfile): ScoreCard["steps"] {
  const alsoSteps = new Map(RULES.map((rule) => [rule.id, rule.alsoSteps ?? []]));
  return CHECKLIST.map((step) => {
    const id: ChecklistStepId = step.id;
    const mine = findings.filter(
      (finding) => finding.step === id || alsoSteps.get(finding.rule)?.includes(id),
    );
    const score = weightedScore(mine);
    return {
      step: id,
      score,
      rating: score === undefined ? undefined : hseepRating(score, profile.ratingThresholds),
      findings: mine.map((finding) => finding.rule),
    };
  });
}

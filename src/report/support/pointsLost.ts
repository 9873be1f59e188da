import type { DimensionId } from "../../engine/organisation";
import type { ScoreCard } from "../../scoring/scoreCard";

/**
 * Points of the 0–100 total each finding cost: its dimension's share of the total weight, times its share of
 * the dimension's rule weight, times the credit it missed (the same weighted means scoring uses).
 */
export function pointsLost(card: ScoreCard): Map<string, number> {
  const applies = (finding: ScoreCard["findings"][number]) =>
    finding.outcome !== "n/a" && finding.credit !== undefined && finding.weight > 0;
  const ruleWeight = new Map<DimensionId, number>();
  for (const finding of card.findings.filter(applies))
    ruleWeight.set(finding.dimension, (ruleWeight.get(finding.dimension) ?? 0) + finding.weight);
  const scored = Object.values(card.dimensions).filter(
    (dimension) => dimension.score !== undefined && dimension.weight > 0,
  );
  const totalWeight = scored.reduce((sum, dimension) => sum + dimension.weight, 0);
  const lost = new Map<string, number>();
  for (const finding of card.findings) {
    const dimensionWeight = card.dimensions[finding.dimension]?.weight ?? 0;
    const within = ruleWeight.get(finding.dimension) ?? 0;
    const value =
      applies(finding) && totalWeight > 0 && within > 0
        ? (100 * dimensionWeight * finding.weight * (1 - (finding.credit ?? 0))) / (totalWeight * within)
        : 0;
    lost.set(finding.rule, Math.round(value * 10) / 10);
  }
  return lost;
}

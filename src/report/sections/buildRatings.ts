import { checklistStep } from "../../engine/checklist";
import type { DimensionId } from "../../engine/organisation";
import { formatSimTime } from "../../engine/time";
import type { ReportDimension, ReportHseepRow, ReportScore } from "../afterActionReport";
import { ratingLabel } from "../support/ratingLabel";
import type { ReportContext } from "../support/reportContext";

function dimensionOrder(context: ReportContext): DimensionId[] {
  const known = Object.keys(context.input.scenario.organisation.dimensionWeights) as DimensionId[];
  const scored = Object.keys(context.input.scoreCard.dimensions) as DimensionId[];
  return [...known.filter((id) => scored.includes(id)), ...scored.filter((id) => !known.includes(id))];
}

/** The headline score, per-dimension scores and the HSEEP step table, with HSEEP ratings and their wording. */
export function buildRatings(context: ReportContext): {
  score: ReportScore;
  dimensions: ReportDimension[];
  hseep: ReportHseepRow[];
} {
  return { score: buildScore(context), dimensions: buildDimensions(context), hseep: buildHseep(context) };
}

function buildScore(context: ReportContext): ReportScore {
  const card = context.input.scoreCard;
  const weightedMean = card.weightedMean;
  const dimensions = {} as Record<DimensionId, number | null>;
  for (const id of dimensionOrder(context)) dimensions[id] = card.dimensions[id]?.score ?? null;
  return {
    total: card.total,
    rating: card.rating,
    ratingLabel: ratingLabel(card.rating),
    dimensions,
    thresholds: { ...context.input.scenario.organisation.ratingThresholds },
    criticalTasks: (card.criticalTasks ?? []).map((task) => ({
      id: task.id,
      title: task.title,
      step: task.step,
      failed: task.failed,
      time: task.at === undefined ? null : formatSimTime(task.at),
      summary: task.summary,
    })),
    criticalTaskPoints: card.criticalTaskPoints ?? 0,
    consequences: [...(card.consequences ?? [])]
      .sort((a, b) => b.points - a.points || a.seq - b.seq)
      .map((consequence) => ({
        time: context.moment(consequence.at).when,
        summary: context.plain(consequence.summary),
        points: consequence.points,
        rule: consequence.rule,
      })),
    consequencePoints: card.consequencePoints ?? 0,
    slipPoints: card.slipPoints ?? 0,
    weightedMean,
    breakdown: totalBreakdown(card.total, weightedMean, [
      ["to bring each slip to its floor", card.slipPoints ?? 0],
      ["for harm the response did not prevent", card.consequencePoints ?? 0],
      ["for critical tasks not performed", card.criticalTaskPoints ?? 0],
    ]),
  };
}

function buildDimensions(context: ReportContext): ReportDimension[] {
  const card = context.input.scoreCard;
  return dimensionOrder(context).map((id) => {
    const dimension = card.dimensions[id];
    return {
      id,
      title: dimension.title,
      score: dimension.score ?? null,
      rating: dimension.rating ?? null,
      ratingLabel: ratingLabel(dimension.rating),
      weight: dimension.weight,
      findings: [...dimension.findings],
    };
  });
}

function buildHseep(context: ReportContext): ReportHseepRow[] {
  return context.input.scoreCard.steps.map((row) => ({
    step: row.step,
    title: checklistStep(row.step).title,
    score: row.score ?? null,
    rating: row.rating ?? null,
    ratingLabel: ratingLabel(row.rating),
    findings: [...row.findings],
  }));
}

/**
 * How the total follows from the weighted mean: each deduction that took points, in the order they are applied, and
 * the floor at 0 when the deductions ran past it.
 */
export function totalBreakdown(
  total: number,
  weightedMean: number,
  deductions: readonly (readonly [string, number])[],
): string {
  const taken = deductions.filter(([, points]) => points > 0);
  if (taken.length === 0)
    return `The total is the weighted mean of the dimensions, ${oneDecimal(weightedMean)}.`;
  const parts = taken.map(([what, points]) => `${oneDecimal(points)} ${what}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const floored = weightedMean - taken.reduce((sum, [, points]) => sum + points, 0) < total - 0.05;
  return `The total ${oneDecimal(total)} is the weighted mean of the dimensions, ${oneDecimal(weightedMean)}, less ${list}${floored ? " (it cannot go below 0)" : ""}.`;
}

function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, "");
}

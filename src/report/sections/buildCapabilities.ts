import { hseepRating } from "../../scoring/rating";
import type { ReportCapability, ReportHseepRow, ReportObservation } from "../afterActionReport";
import { CAPABILITY_ORDER, capabilityOfStep } from "../support/coreCapabilities";
import { ratingLabel } from "../support/ratingLabel";
import type { ReportContext } from "../support/reportContext";

/** The core capabilities the drill exercised, rated from their checklist steps, with their observations. */
export function buildCapabilities(
  hseep: readonly ReportHseepRow[],
  observations: { strengths: readonly ReportObservation[]; areas: readonly ReportObservation[] },
  context: ReportContext,
): ReportCapability[] {
  const thresholds = context.input.scenario.organisation.ratingThresholds;
  return CAPABILITY_ORDER.flatMap((name) => {
    const rows = hseep.filter((row) => capabilityOfStep(row.step) === name);
    const scored = rows.filter((row) => row.score !== null);
    const strengths = observations.strengths
      .filter((item) => item.capability === name)
      .map((item) => item.key);
    const areas = observations.areas.filter((item) => item.capability === name).map((item) => item.key);
    if (scored.length === 0 && strengths.length === 0 && areas.length === 0) return [];
    const score =
      scored.length === 0
        ? null
        : scored.reduce((sum, row) => sum + (row.score as number), 0) / scored.length;
    const rating = score === null ? null : hseepRating(score, thresholds);
    return [
      {
        name,
        steps: rows.map((row) => row.step),
        score: score === null ? null : Math.round(score * 10) / 10,
        rating,
        ratingLabel: ratingLabel(rating),
        strengths,
        areas,
      },
    ];
  });
}

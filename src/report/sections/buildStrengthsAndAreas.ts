import type { ReportFinding, ReportObservation } from "../afterActionReport";
import { compareIds } from "../support/compareIds";

/** Splits findings into strengths (met) and areas for improvement (violated, then partial by credit). */
export function buildStrengthsAndAreas(findings: readonly ReportFinding[]): {
  strengths: ReportObservation[];
  areasForImprovement: ReportObservation[];
} {
  const strengths = findings
    .filter((finding) => finding.outcome === "met")
    .sort((a, b) => b.weight - a.weight || momentOf(a) - momentOf(b) || compareIds(a.rule, b.rule))
    .map(toObservation);
  const areasForImprovement = findings
    .filter((finding) => finding.outcome === "violated" || finding.outcome === "partial")
    .sort(
      (a, b) =>
        b.pointsLost - a.pointsLost ||
        (a.credit ?? 0) - (b.credit ?? 0) ||
        momentOf(a) - momentOf(b) ||
        compareIds(a.rule, b.rule),
    )
    .map(toObservation);
  return { strengths, areasForImprovement };
}

function momentOf(finding: ReportFinding): number {
  return finding.at?.at ?? Number.POSITIVE_INFINITY;
}

function toObservation(finding: ReportFinding): ReportObservation {
  const observation: ReportObservation = {
    rule: finding.rule,
    title: finding.title,
    dimension: finding.dimension,
    outcome: finding.outcome,
    pointsLost: finding.pointsLost,
    what: finding.summary,
    step: finding.step,
    checklistLine: finding.checklistLine,
    instead: finding.advice,
    by: finding.by,
  };
  if (finding.credit !== undefined) observation.credit = finding.credit;
  if (finding.at) observation.when = finding.at;
  if (finding.couldHaveKnownAt) observation.couldHaveKnownAt = finding.couldHaveKnownAt;
  return observation;
}

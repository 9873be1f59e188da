import { checklistStep } from "../../engine/checklist";
import type { Finding } from "../../scoring/scoreCard";
import type { ReportFinding } from "../afterActionReport";
import { pointsLost } from "../support/pointsLost";
import type { ReportContext } from "../support/reportContext";
import { ruleTitle } from "../support/ruleTitle";

/** Every finding of the score card with its moment, checklist step title and the roles behind its evidence. */
export function buildFindings(context: ReportContext): ReportFinding[] {
  const card = context.input.scoreCard;
  // why: the card says what each finding cost the total (its share and its slip floor); a card written by hand
  // without those costs falls back to the shares of the weighted mean.
  const costed = card.findings.some((finding) => finding.pointsLost !== undefined);
  const shares = costed ? undefined : pointsLost(card);
  return card.findings.map((finding) =>
    toReportFinding(finding, costed ? (finding.pointsLost ?? 0) : (shares?.get(finding.rule) ?? 0), context),
  );
}

function toReportFinding(finding: Finding, lost: number, context: ReportContext): ReportFinding {
  const result: ReportFinding = {
    rule: finding.rule,
    title: ruleTitle(finding.rule),
    dimension: finding.dimension,
    step: finding.step,
    stepTitle: checklistStep(finding.step).title,
    checklistLine: finding.checklistLine,
    outcome: finding.outcome,
    weight: finding.weight,
    pointsLost: lost,
    evidence: [...finding.evidence],
    summary: context.plain(finding.summary),
    advice: context.plain(finding.advice),
    by: actorsOfEvidence(finding.evidence, context),
  };
  if (finding.credit !== undefined) result.credit = finding.credit;
  if (finding.at !== undefined) result.at = context.moment(finding.at);
  if (finding.couldHaveKnownAt !== undefined)
    result.couldHaveKnownAt = context.moment(finding.couldHaveKnownAt);
  if (finding.undecided !== undefined) result.undecided = finding.undecided;
  if (finding.override) {
    const { from, fromCredit, rationale, by } = finding.override;
    result.override = { from, rationale };
    if (fromCredit !== undefined) result.override.fromCredit = fromCredit;
    if (by !== undefined) result.override.by = by;
  }
  return result;
}

/** The distinct actors behind a finding's evidence entries (the world's own entries left out), in evidence order. */
function actorsOfEvidence(evidence: readonly number[], context: ReportContext) {
  const seen = new Set<string>();
  return evidence
    .flatMap((seq) => context.actors(seq))
    .filter((actor) => {
      if (actor.kind === "world") return false;
      const key = actor.label;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

import { type AfterActionReport, REPORT_FORMAT_VERSION, type ReportInput } from "./afterActionReport";
import { buildExecutiveSummary } from "./sections/executiveSummary";
import { buildFacilitatorRecord } from "./sections/facilitatorRecord";
import { buildFacts } from "./sections/facts";
import { buildFindings } from "./sections/findings";
import { buildImprovementPlan } from "./sections/improvementPlan";
import { buildOverview } from "./sections/overview";
import { buildDimensions, buildHseep, buildScore } from "./sections/ratings";
import { buildReplayInstructions } from "./sections/replayInstructions";
import { buildStrengthsAndAreas } from "./sections/strengthsAndAreas";
import { buildTimeline } from "./sections/timeline";
import { buildWhatReallyHappened } from "./sections/whatReallyHappened";
import { createReportContext } from "./support/reportContext";

/** The after-action report of one drill: a pure function of scenario, seed, log, score card, inputs and meta. */
export function buildReport(input: ReportInput): AfterActionReport {
  const context = createReportContext(input);
  const score = buildScore(context);
  const dimensions = buildDimensions(context);
  const findings = buildFindings(context);
  const whatReallyHappened = buildWhatReallyHappened(context);
  const facts = buildFacts(context);
  const { strengths, areasForImprovement } = buildStrengthsAndAreas(findings);
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    overview: buildOverview(context),
    score,
    executiveSummary: buildExecutiveSummary({
      title: input.scenario.title,
      score,
      dimensions,
      findings,
      attacker: whatReallyHappened,
      facts,
    }),
    dimensions,
    hseep: buildHseep(context),
    findings,
    strengths,
    areasForImprovement,
    timeline: buildTimeline(findings, context),
    whatReallyHappened,
    facts,
    improvementPlan: buildImprovementPlan(findings, context),
    facilitator: buildFacilitatorRecord(context),
    replay: buildReplayInstructions(context),
  };
}

import { type AfterActionReport, REPORT_FORMAT_VERSION, type ReportInput } from "./afterActionReport";
import { buildExecutiveSummary } from "./sections/buildExecutiveSummary";
import { buildFacilitatorRecord } from "./sections/buildFacilitatorRecord";
import { buildFacts } from "./sections/buildFacts";
import { buildFindings } from "./sections/buildFindings";
import { buildImprovementPlan } from "./sections/buildImprovementPlan";
import { buildOverview } from "./sections/buildOverview";
import { buildRatings } from "./sections/buildRatings";
import { buildReplayInstructions } from "./sections/buildReplayInstructions";
import { buildStrengthsAndAreas } from "./sections/buildStrengthsAndAreas";
import { buildTimeline } from "./sections/buildTimeline";
import { buildWhatReallyHappened } from "./sections/buildWhatReallyHappened";
import { createReportContext } from "./support/reportContext";

/** The after-action report of one drill: a pure function of scenario, seed, log, score card, inputs and meta. */
export function buildReport(input: ReportInput): AfterActionReport {
  const context = createReportContext(input);
  const { score, dimensions, hseep } = buildRatings(context);
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
    hseep,
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

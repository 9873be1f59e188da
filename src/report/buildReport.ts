import { type AfterActionReport, REPORT_FORMAT_VERSION, type ReportInput } from "./afterActionReport";
import { buildCapabilities } from "./sections/buildCapabilities";
import { buildConclusions } from "./sections/buildConclusions";
import { buildExecutiveSummary } from "./sections/buildExecutiveSummary";
import { buildFacilitatorRecord } from "./sections/buildFacilitatorRecord";
import { buildFacts } from "./sections/buildFacts";
import { buildFindings } from "./sections/buildFindings";
import { buildIdentifiers } from "./sections/buildIdentifiers";
import { buildImprovementPlan } from "./sections/buildImprovementPlan";
import { buildObjectives } from "./sections/buildObjectives";
import { buildObservations } from "./sections/buildObservations";
import { buildOverview } from "./sections/buildOverview";
import { buildPrivateInjects } from "./sections/buildPrivateInjects";
import { buildRatings } from "./sections/buildRatings";
import { buildReplayInstructions } from "./sections/buildReplayInstructions";
import { buildTimeline } from "./sections/buildTimeline";
import { buildWhatReallyHappened } from "./sections/buildWhatReallyHappened";
import { createReportContext } from "./support/reportContext";

/** The after-action report of one drill: a pure function of scenario, seed, log, score card, inputs and meta. */
export function buildReport(input: ReportInput): AfterActionReport {
  const context = createReportContext(input);
  const overview = buildOverview(context);
  const { score, dimensions, hseep } = buildRatings(context);
  const findings = buildFindings(context);
  const whatReallyHappened = buildWhatReallyHappened(context);
  const facts = buildFacts(context);
  const { strengths, areasForImprovement } = buildObservations(findings, context);
  const objectives = buildObjectives(hseep, context);
  const capabilities = buildCapabilities(hseep, { strengths, areas: areasForImprovement }, context);
  const improvementPlan = buildImprovementPlan(areasForImprovement, findings, context);
  const { debrief } = input.scenario;
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    overview,
    score,
    executiveSummary: buildExecutiveSummary(
      {
        overview,
        score,
        attacker: whatReallyHappened,
        strengths,
        areas: areasForImprovement,
        plan: improvementPlan,
        objectives,
        capabilities,
      },
      context,
    ),
    objectives,
    capabilities,
    dimensions,
    hseep,
    findings,
    strengths,
    areasForImprovement,
    conclusions: buildConclusions({ score, objectives, capabilities, areas: areasForImprovement }),
    lessons: {
      summary: debrief.summary,
      inspiredBy: debrief.inspiredBy.map((item) => ({ ...item })),
      notes: [...debrief.notes],
    },
    identifiers: buildIdentifiers(findings, context),
    timeline: buildTimeline(findings, context),
    whatReallyHappened,
    facts,
    privateInjects: buildPrivateInjects(context),
    improvementPlan,
    facilitator: buildFacilitatorRecord(context),
    replay: buildReplayInstructions(context),
  };
}

import type { ChecklistStepId } from "../../engine/checklist";
import type { DimensionId, RoleId } from "../../engine/organisation";
import type { CapabilityElement, ReportFinding, ReportImprovement } from "../afterActionReport";
import { compareIds } from "../support/compareIds";
import type { ReportContext } from "../support/reportContext";

/**
 * why: HSEEP improvement plans file each corrective action under a capability element (POETE). Procedures and
 * order of work are Planning, who is on the team and whom to call is Organization, imaging and log tooling is
 * Equipment, and judgement in the moment (codenames, channels, wording) is Training.
 */
const CAPABILITY_BY_DIMENSION: Record<DimensionId, CapabilityElement> = {
  containment: "Planning",
  evidence: "Training",
  codename: "Training",
  privacy: "Training",
  disclosure: "Planning",
  team: "Organization",
  investigation: "Equipment",
  mitigation: "Planning",
  outreach: "Organization",
};

const CAPABILITY_BY_RULE: Record<string, CapabilityElement> = {
  "evidence.image-affected": "Equipment",
  "evidence.image-readonly-offsite": "Equipment",
  "evidence.preserve-logs": "Equipment",
  "mitigation.alerting": "Equipment",
};

/** why: S3 makes the Incident Commander responsible for the response; undelegated steps fall to them. */
const DEFAULT_OWNER: RoleId = "incident-commander";

/** The improvement plan: one corrective action per violated or partial finding, with owner role and element. */
export function buildImprovementPlan(
  findings: readonly ReportFinding[],
  context: ReportContext,
): ReportImprovement[] {
  return findings
    .filter((finding) => finding.outcome === "violated" || finding.outcome === "partial")
    .sort(
      (a, b) =>
        priorityRank(a) - priorityRank(b) ||
        b.pointsLost - a.pointsLost ||
        (a.at?.at ?? Number.POSITIVE_INFINITY) - (b.at?.at ?? Number.POSITIVE_INFINITY) ||
        compareIds(a.rule, b.rule),
    )
    .map((finding) => {
      const ownerRole = ownerOf(finding.step, context);
      const item: ReportImprovement = {
        rule: finding.rule,
        issue: finding.summary,
        correctiveAction: finding.advice,
        ownerRole,
        ownerTitle: context.roleTitle(ownerRole),
        capabilityElement: CAPABILITY_BY_RULE[finding.rule] ?? CAPABILITY_BY_DIMENSION[finding.dimension],
        priority: finding.outcome === "violated" ? "high" : "medium",
        pointsLost: finding.pointsLost,
        dimension: finding.dimension,
        step: finding.step,
      };
      if (finding.at) item.at = finding.at;
      return item;
    });
}

function priorityRank(finding: ReportFinding): number {
  return finding.outcome === "violated" ? 0 : 1;
}

/** The first role of the organisation profile that the checklist step is delegated to. */
function ownerOf(step: ChecklistStepId, context: ReportContext): RoleId {
  const role = context.input.scenario.organisation.roles.find((candidate) =>
    candidate.delegatedSteps.includes(step),
  );
  return role?.id ?? DEFAULT_OWNER;
}

import type { DimensionId } from "../engine/organisation";
import type { RuleId } from "../engine/rubricRuleIds";
import type { DimensionScore, Finding } from "./scoreCard";

/** What one finding costs the total: its share of the weighted mean, and the top-up that brings a slip to its floor. */
export interface SlipCost {
  rule: RuleId;
  /** Points its lost credit costs through the weighted mean of dimensions. */
  share: number;
  /** Points added so that the slip costs at least `slipPoints × (1 − credit)`; 0 when another slip of the same act pays. */
  topUp: number;
}

const DAY = 24 * 60;
const MAX_SLIPS_PER_RULE = 3;

/**
 * Rules that judge wrong acts or omissions of one thing (a message, a name, a termination, a premature statement, a
 * log left to expire, a reported system never examined) rather than timing or coverage: any credit they lose is at
 * least one whole slip, whatever their per-offence curve says.
 */
export const PER_ACT_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "codename.innocuous",
  "codename.no-revealing-names",
  "containment.stop-first",
  "containment.forensics-after-secure",
  "containment.no-tip-off",
  "evidence.no-terminate",
  "evidence.image-readonly-offsite",
  "evidence.preserve-logs",
  "investigation.other-systems",
  "mitigation.rotate-after-cut",
  "privacy.need-to-know",
  "privacy.no-broad-channels",
  "privacy.email-subject",
  "privacy.email-encrypted",
  "privacy.no-sms",
  "privacy.internal-after-forensics",
  "disclosure.after-validation",
  "disclosure.customers-first",
  "disclosure.no-cliche",
  "disclosure.no-naming",
  "disclosure.true-claims",
  "disclosure.via-marketing",
  "team.need-to-know-members",
  "mitigation.no-needless-outage",
]);

function applies(finding: Finding): boolean {
  return finding.outcome !== "n/a" && finding.credit !== undefined;
}

/**
 * The cost of every applicable finding: its share of the weighted mean (dimension weight share × rule weight share ×
 * credit lost × 100) and, where that is below `slipPoints × (1 − credit)`, a top-up to that floor. Findings whose
 * decisive act is the same log entry are one act: only the largest top-up among them counts.
 */
export function slipCosts(
  findings: readonly Finding[],
  dimensions: Record<DimensionId, DimensionScore>,
  slipPoints: number,
  perAct: ReadonlySet<RuleId> = PER_ACT_RULES,
): SlipCost[] {
  const applyingDimensions = Object.values(dimensions).filter((d) => d.score !== undefined && d.weight > 0);
  const dimensionTotal = applyingDimensions.reduce((sum, d) => sum + d.weight, 0);
  const ruleTotals = new Map<DimensionId, number>();
  for (const finding of findings.filter(applies))
    ruleTotals.set(finding.dimension, (ruleTotals.get(finding.dimension) ?? 0) + finding.weight);
  const costs = findings.filter(applies).map((finding) => {
    const dimension = dimensions[finding.dimension];
    const lost = 1 - (finding.credit ?? 1);
    const share =
      dimensionTotal > 0 && dimension.score !== undefined
        ? (100 * dimension.weight * finding.weight * lost) /
          (dimensionTotal * (ruleTotals.get(finding.dimension) ?? 1))
        : 0;
    // why: lateness keeps costing past the point of no credit — the floor grows by one more slip per day overdue, to three.
    const overdueDays = Math.min(2, (finding.overdue ?? 0) / DAY);
    // why: a rule about wrong acts scores them on a per-offence curve; the first offence is already a whole slip, and
    // each further separate decision that broke it another, to three.
    const slipped =
      lost > 0 && perAct.has(finding.rule) ? Math.min(MAX_SLIPS_PER_RULE, finding.decisions ?? 1) : lost;
    return { finding, share, topUp: Math.max(0, slipPoints * slipped * (1 + overdueDays) - share) };
  });
  // why: one act, one cost — a #eng-ops post that breaks three rules pays its floor once, by its costliest slip.
  const byAct = new Map<number, (typeof costs)[number]>();
  for (const cost of costs) {
    const act = cost.finding.evidence.length > 0 ? Math.min(...cost.finding.evidence) : undefined;
    if (act === undefined || cost.topUp === 0) continue;
    const kept = byAct.get(act);
    if (kept === undefined || cost.topUp > kept.topUp) {
      if (kept) kept.topUp = 0;
      byAct.set(act, cost);
    } else cost.topUp = 0;
  }
  return costs.map(({ finding, share, topUp }) => ({
    rule: finding.rule,
    share: Math.round(100 * share) / 100,
    topUp: Math.round(100 * topUp) / 100,
  }));
}

import type { LogEntry } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import { applyOverrides } from "./applyOverrides";
import { consequencesOf } from "./consequences";
import { buildContext } from "./context/ScoringContext";
import { applyCriticalTasks, criticalTasksOf, judgeCriticalTasks } from "./criticalTasks";
import { dimensionScores, stepTable, totalScore } from "./dimensionScores";
import { hseepRating } from "./rating";
import { feltImpacts } from "./rules/continuity";
import { RULES } from "./rules/registry";
import type { Finding, ScoreCard } from "./scoreCard";
import { slipCosts } from "./slipCosts";

/**
 * Scores one drill against every rubric rule: a pure function of the scenario and its log. Facilitator
 * overrides in the log replace computed outcomes; weights, thresholds and windows come from the scenario's profile.
 * Every slip costs at least the profile's `slipPoints` (scaled by the credit lost; one act counted once).
 * What the team failed to prevent (data taken, access regained, evidence lost) costs the total by its harm; a
 * failed critical task costs the total its penalty and keeps the rating below P.
 */
export function scoreDrill(scenario: ScenarioDefinition, log: readonly LogEntry[]): ScoreCard {
  const ctx = buildContext(scenario, log);
  const weights = scenario.organisation.ruleWeights ?? {};
  const bySeq = new Map(log.map((entry) => [entry.seq, entry]));
  const computed: Finding[] = RULES.map((rule) => {
    const verdict = rule.evaluate(ctx);
    const finding: Finding = {
      rule: rule.id,
      dimension: rule.dimension,
      step: rule.step,
      checklistLine: rule.checklistLine,
      weight: weights[rule.id] ?? rule.weight,
      ...verdict,
    };
    if (finding.outcome === "n/a") delete finding.credit;
    // why: without a rule-specific moment, the last entry that proves the outcome is the decisive one.
    if (finding.at === undefined && finding.evidence.length > 0)
      finding.at = Math.max(...finding.evidence.map((seq) => bySeq.get(seq)?.at ?? Number.NEGATIVE_INFINITY));
    if (finding.at === Number.NEGATIVE_INFINITY) delete finding.at;
    return finding;
  });
  const overridden = applyOverrides(computed, log);
  const dimensions = dimensionScores(overridden, scenario.organisation);
  const profile = scenario.organisation;
  const costs = slipCosts(overridden, dimensions, profile.slipPoints);
  const costOf = new Map(costs.map((cost) => [cost.rule, cost]));
  const findings = overridden.map((finding) => {
    const cost = costOf.get(finding.rule);
    const lost = cost ? Math.round(10 * (cost.share + cost.topUp)) / 10 : 0;
    return lost > 0 ? { ...finding, pointsLost: lost } : finding;
  });
  const slipPoints = Math.round(10 * costs.reduce((sum, cost) => sum + cost.topUp, 0)) / 10;
  const criticalTasks = judgeCriticalTasks(criticalTasksOf(scenario), findings, log);
  const ruleTotal = totalScore(dimensions);
  const consequences = consequencesOf(scenario, log, profile.consequencePoints, feltImpacts(ctx));
  const consequencePoints = Math.round(10 * consequences.reduce((sum, c) => sum + c.points, 0)) / 10;
  const afterHarm = Math.max(0, Math.round(10 * (ruleTotal - slipPoints - consequencePoints)) / 10);
  const total = applyCriticalTasks(
    afterHarm,
    criticalTasks,
    profile.criticalTaskPenalty,
    profile.ratingThresholds.P,
  );
  return {
    total,
    weightedMean: Math.round(10 * ruleTotal) / 10,
    rating: hseepRating(total, profile.ratingThresholds),
    criticalTasks,
    criticalTaskPoints: Math.round(10 * (afterHarm - total)) / 10,
    slipPoints,
    consequences,
    consequencePoints,
    dimensions,
    findings,
    steps: stepTable(findings, scenario.organisation),
  };
}

import type {
  ReportAttackerStep,
  ReportDimension,
  ReportFact,
  ReportFinding,
  ReportScore,
} from "../afterActionReport";
import { compareIds } from "../support/compareIds";

const WORST_VIOLATIONS = 3;

/** Generated sentences: the total and rating, strongest and weakest dimensions, worst violations, outcome. */
export function buildExecutiveSummary(parts: {
  title: string;
  score: ReportScore;
  dimensions: readonly ReportDimension[];
  findings: readonly ReportFinding[];
  attacker: readonly ReportAttackerStep[];
  facts: { discovered: readonly ReportFact[]; missed: readonly ReportFact[]; lost: readonly ReportFact[] };
}): string[] {
  const { title, score, dimensions, findings, attacker, facts } = parts;
  const sentences = [
    `In "${title}" the team scored ${round(score.total)} out of 100, rated ${score.rating} (${score.ratingLabel.toLowerCase()}).`,
  ];
  const scored = dimensions.filter((dimension) => dimension.score !== null);
  if (scored.length > 0) {
    const best = Math.max(...scored.map((dimension) => dimension.score as number));
    const worst = Math.min(...scored.map((dimension) => dimension.score as number));
    const strongest = scored.filter((dimension) => dimension.score === best);
    const weakest = scored.filter((dimension) => dimension.score === worst);
    if (best === worst) {
      sentences.push(`Every scored dimension came out at ${round(best)}.`);
    } else {
      sentences.push(
        `Strongest: ${listOf(strongest.map((dimension) => dimension.title.toLowerCase()))} (${round(best)}, ${strongest[0]?.rating}).`,
        `Weakest: ${listOf(weakest.map((dimension) => dimension.title.toLowerCase()))} (${round(worst)}, ${weakest[0]?.rating}).`,
      );
    }
  }
  const failedTasks = score.criticalTasks.filter((candidate) => candidate.failed);
  for (const task of failedTasks)
    sentences.push(
      `Critical task not performed${task.time ? ` (${task.time})` : ""}: ${task.title.toLowerCase()}, checklist ${task.step}.`,
    );
  if (failedTasks.length > 0)
    sentences.push(
      `Critical tasks took ${round(score.criticalTaskPoints)} points off the total beyond what their rules cost, and keep the rating below P.`,
    );
  if (score.consequences.length > 0) {
    const worstHarm = score.consequences[0];
    sentences.push(
      `What the response did not prevent took ${round(score.consequencePoints)} points off the total${worstHarm ? `; the worst, at ${worstHarm.time}: ${worstHarm.summary}` : "."}`,
    );
  }
  const violations = findings
    .filter((finding) => finding.outcome === "violated")
    .sort(
      (a, b) =>
        b.pointsLost - a.pointsLost || (a.at?.at ?? 0) - (b.at?.at ?? 0) || compareIds(a.rule, b.rule),
    )
    .slice(0, WORST_VIOLATIONS);
  if (violations.length === 0) sentences.push("No rubric rule was violated.");
  for (const finding of violations)
    sentences.push(
      `Violation${finding.at ? ` at ${finding.at.time}` : ""} (${finding.rule}, checklist ${finding.step}, −${finding.pointsLost} points): ${finding.summary}`,
    );
  const done = attacker.filter((step) => step.status === "done").length;
  const prevented = attacker.filter((step) => step.status === "skipped").length;
  if (attacker.length > 0)
    sentences.push(
      `The attacker completed ${done} of ${attacker.length} scripted steps; ${prevented} did not happen.`,
    );
  const total = facts.discovered.length + facts.missed.length + facts.lost.length;
  if (total > 0)
    sentences.push(
      `The team uncovered ${facts.discovered.length} of ${total} facts${facts.lost.length > 0 ? `; ${facts.lost.length} ${facts.lost.length === 1 ? "was" : "were"} lost with the evidence` : ""}.`,
    );
  return sentences;
}

function round(value: number): number {
  return Math.round(value);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

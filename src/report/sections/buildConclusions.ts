import type { ReportCapability, ReportObjective, ReportObservation, ReportScore } from "../afterActionReport";

/** HSEEP conclusions in plain sentences: the objectives, the strongest and weakest capabilities, the root causes. */
export function buildConclusions(parts: {
  score: ReportScore;
  objectives: readonly ReportObjective[];
  capabilities: readonly ReportCapability[];
  areas: readonly ReportObservation[];
}): string[] {
  const { score, objectives, capabilities, areas } = parts;
  const sentences: string[] = [];
  const rated = objectives.filter((objective) => objective.rating !== null);
  if (rated.length > 0) {
    const performed = rated.filter((objective) => objective.rating === "P" || objective.rating === "S");
    sentences.push(
      `${performed.length} of ${objectives.length} objectives were performed with at most some challenges; overall the exercise was rated ${score.rating} (${score.ratingLabel.toLowerCase()}).`,
    );
  }
  const scored = capabilities.filter((capability) => capability.score !== null);
  if (scored.length > 1) {
    const sorted = [...scored].sort((a, b) => (b.score as number) - (a.score as number));
    const best = sorted[0] as ReportCapability;
    const worst = sorted.at(-1) as ReportCapability;
    if (best.score !== worst.score)
      sentences.push(
        `The strongest capability was ${best.name} (${best.rating}); the weakest was ${worst.name} (${worst.rating}).`,
      );
  }
  const causes = new Map<string, number>();
  for (const area of areas)
    if (area.rootCause) causes.set(area.rootCause, (causes.get(area.rootCause) ?? 0) + area.pointsLost);
  const main = [...causes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
  if (main.length > 0)
    sentences.push(
      `Most of the lost points trace back to preparation rather than to individuals: ${main.map(([cause]) => cause.charAt(0).toLowerCase() + cause.slice(1).replace(/\.$/, "")).join("; and ")}.`,
    );
  if (areas.length === 0) sentences.push("No area for improvement was found in this run.");
  return sentences;
}

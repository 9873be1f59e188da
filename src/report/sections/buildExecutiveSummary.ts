import type {
  ReportAttackerStep,
  ReportCapability,
  ReportExecutiveSummary,
  ReportImprovement,
  ReportObjective,
  ReportObservation,
  ReportOverview,
  ReportScore,
} from "../afterActionReport";
import type { ReportContext } from "../support/reportContext";

const TOP = 3;

/**
 * The one-page summary in plain sentences: what happened (the attacker's progress, what was prevented and taken,
 * how it ended), the verdict (total, rating, failed critical tasks), the three strengths and the three areas that
 * mattered most, and the top corrective actions with owner and due date.
 */
export function buildExecutiveSummary(
  parts: {
    overview: ReportOverview;
    score: ReportScore;
    attacker: readonly ReportAttackerStep[];
    strengths: readonly ReportObservation[];
    areas: readonly ReportObservation[];
    plan: readonly ReportImprovement[];
    objectives: readonly ReportObjective[];
    capabilities: readonly ReportCapability[];
  },
  context: ReportContext,
): ReportExecutiveSummary {
  const { overview, score, attacker, strengths, areas, plan, objectives } = parts;
  return {
    whatHappened: whatHappened(overview, attacker, context),
    verdict: verdict(score, objectives),
    strengths: topStrengths(strengths, areas).map(
      (item) =>
        `${item.title}${item.when ? ` (${item.when.when})` : ""}: ${short(item.findings[0]?.what ?? "")}`,
    ),
    areas: areas.slice(0, TOP).map((item) => {
      const who = item.by.length > 0 ? `, ${item.by.map((actor) => actor.label).join(", ")}` : "";
      const cost = item.pointsLost > 0 ? ` It cost ${formatPoints(item.pointsLost)} points` : "";
      const critical = item.criticalTask ? `${cost ? " and" : " It"} failed a critical task` : "";
      return `${item.title}${item.when ? ` (${item.when.when}${who})` : who ? ` (${who.slice(2)})` : ""}: ${short(item.findings[0]?.what ?? "")}${cost || critical ? `${cost}${critical}.` : ""}`;
    }),
    correctiveActions: [
      ...plan.filter((item) => item.source === "drill").slice(0, TOP),
      ...plan.filter((item) => item.source === "lesson").slice(0, 1),
    ].map(
      (item) =>
        `${short(item.correctiveAction)} (${item.capabilityElement.toLowerCase()}; ${item.pointOfContact}${item.due ? `, due ${item.due}` : ""})`,
    ),
  };
}

/**
 * The strengths no area for improvement contradicts: never one about an act that also broke a rule (acts are
 * grouped already), nor one in a dimension where the team also fell short.
 */
export function topStrengths(
  strengths: readonly ReportObservation[],
  areas: readonly ReportObservation[],
): ReportObservation[] {
  const weak = new Set(
    areas.flatMap((area) =>
      area.findings.filter((part) => part.outcome !== "met").map((part) => part.dimension),
    ),
  );
  return strengths.filter((item) => item.findings.every((part) => !weak.has(part.dimension))).slice(0, TOP);
}

function whatHappened(
  overview: ReportOverview,
  attacker: readonly ReportAttackerStep[],
  context: ReportContext,
): string[] {
  const { scenario, log } = context.input;
  const sentences = [context.plain(scenario.premise)];
  const done = attacker.filter((step) => step.status === "done");
  const prevented = attacker.filter((step) => step.status === "skipped");
  if (attacker.length > 0)
    sentences.push(
      `The attacker completed ${done.length} of ${attacker.length} planned steps${prevented.length > 0 ? `; the team's actions prevented ${prevented.length}: ${listOf(prevented.map((step) => lowerFirst(step.title)))}` : ""}.`,
    );
  const taken = log.flatMap((entry) => (entry.type === "exfiltration" ? [entry] : []));
  if (taken.length > 0)
    sentences.push(
      `Data taken: ${listOf(taken.map((entry) => `${entry.dataClasses.join(", ")} from ${context.name(entry.dataStore)} (${context.moment(entry.at).when})`))}.`,
    );
  else if (attacker.length > 0) sentences.push("No data was taken.");
  const ending =
    overview.endReason === "closed"
      ? `The team closed the incident at ${overview.ended.when}, ${overview.durationText} after the first signal.`
      : overview.endReason === "horizon"
        ? `The exercise ran to its end at ${overview.ended.when} without the team closing the incident.`
        : `The exercise was stopped at ${overview.ended.when}, ${overview.durationText} after the first signal.`;
  sentences.push(ending);
  return sentences;
}

function verdict(score: ReportScore, objectives: readonly ReportObjective[]): string {
  const met = objectives.filter((objective) => objective.rating === "P" || objective.rating === "S").length;
  const failed = score.criticalTasks.filter((task) => task.failed);
  const parts = [
    `The team scored ${Math.round(score.total)} out of 100: ${score.rating}, ${score.ratingLabel.toLowerCase()}.`,
  ];
  if (objectives.length > 0)
    parts.push(
      `${met} of ${objectives.length} exercise objectives were performed with at most some challenges.`,
    );
  if (failed.length > 0)
    parts.push(
      `Critical ${failed.length === 1 ? "task" : "tasks"} not performed: ${listOf(failed.map((task) => lowerFirst(task.title)))}.`,
    );
  return parts.join(" ");
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function short(text: string, limit = 170): string {
  const clean = text.trim();
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1).replace(/\s+\S*$/, "")}…`;
}

function formatPoints(points: number): string {
  return points >= 10 ? String(Math.round(points)) : String(Math.round(points * 10) / 10);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

import { closestMatch } from "../content/didYouMean";
import type { LogEntry } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";
import { foldLog } from "../engine/world/foldLog";
import { RULES } from "../scoring/rules/registry";
import type { Finding, ScoreCard } from "../scoring/scoreCard";
import { scoreDrill } from "../scoring/scoreDrill";
import { UsageError } from "./command";

const TEXT_FIELDS = [
  "codename",
  "name",
  "topic",
  "title",
  "subject",
  "body",
  "text",
  "description",
  "answer",
];

/** The words an entry carried (message bodies, titles, names), each as `field: "text"`. */
function wordsOf(entry: LogEntry): string[] {
  const carrier: object = "action" in entry && typeof entry.action === "object" ? entry.action : entry;
  return TEXT_FIELDS.flatMap((field) => {
    const value: unknown = Object.hasOwn(carrier, field) ? Reflect.get(carrier, field) : undefined;
    return typeof value === "string" && value !== "" ? [`${field}: "${value}"`] : [];
  });
}

function withoutWords(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !TEXT_FIELDS.includes(key)));
}

function entryLine(entry: LogEntry): string {
  const { seq: _seq, at: _at, type: _type, cause, ...rest } = entry;
  const because =
    cause.kind === "action"
      ? ` (because of #${cause.entry})`
      : cause.kind === "attacker"
        ? ` (attacker step ${cause.step})`
        : cause.kind === "flag"
          ? ` (flag ${cause.flag})`
          : "";
  const fields = withoutWords(rest as Record<string, unknown>);
  if (typeof fields.action === "object" && fields.action !== null)
    fields.action = withoutWords(fields.action as Record<string, unknown>);
  return `  ${formatSimTime(entry.at).padEnd(11)} #${entry.seq} ${entry.type}${because} ${JSON.stringify(fields)}`;
}

/** The rule ids a `--explain` value names: one rule id, or `lost` for every finding that cost points. */
export function rulesToExplain(wanted: string, card: ScoreCard): string[] {
  if (wanted === "lost")
    return card.findings
      .filter((finding) => finding.outcome === "violated" || finding.outcome === "partial")
      .map((finding) => finding.rule);
  if (RULES.some((rule) => rule.id === wanted)) return [wanted];
  const suggestion = closestMatch(
    wanted,
    RULES.map((rule) => rule.id),
  );
  throw new UsageError(
    `--explain ${wanted} is not a rubric rule${suggestion ? ` (did you mean ${suggestion}?)` : ""}; give a rule id or lost`,
  );
}

/**
 * What decided one finding, for people: the rule and the checklist line it enforces, the outcome, credit and
 * weight, when it was decided and when the team could first have known, and each log entry the finding cites as
 * evidence with its time and the words it carried, then the facts the team had found by the decisive moment.
 */
export function explainFinding(
  scenario: ScenarioDefinition,
  log: readonly LogEntry[],
  finding: Finding,
): string[] {
  const rule = RULES.find((candidate) => candidate.id === finding.rule);
  const bySeq = new Map(log.map((entry) => [entry.seq, entry]));
  const credit = finding.credit === undefined ? "" : ` · credit ${finding.credit.toFixed(2)}`;
  const lines = [
    `${finding.rule} — ${rule?.title ?? ""} (${finding.dimension}, checklist ${finding.step})`,
    `  checklist: "${finding.checklistLine}"`,
    `  outcome ${finding.outcome}${credit} · weight ${finding.weight}` +
      (finding.at === undefined ? " · no decisive moment" : ` · decided at ${formatSimTime(finding.at)}`) +
      (finding.couldHaveKnownAt === undefined
        ? ""
        : ` · could first have known at ${formatSimTime(finding.couldHaveKnownAt)}`),
    `  why: ${finding.summary}`,
  ];
  if (finding.advice) lines.push(`  advice: ${finding.advice}`);
  if (finding.undecided) lines.push(`  undecided: ${finding.undecided}`);
  if (finding.override)
    lines.push(
      `  overridden from ${finding.override.from} by the facilitator (#${finding.override.seq}): ${finding.override.rationale}`,
    );
  const evidence = finding.evidence.map((seq) => bySeq.get(seq)).filter((entry) => entry !== undefined);
  if (evidence.length === 0) {
    lines.push("  evidence: none in the log — the rule was decided by what did not happen");
  } else {
    lines.push(`  evidence (${evidence.length} log ${evidence.length === 1 ? "entry" : "entries"}):`);
    for (const entry of evidence) {
      lines.push(entryLine(entry));
      for (const words of wordsOf(entry)) lines.push(`        ${words}`);
    }
  }
  const moment = finding.at ?? log[log.length - 1]?.at ?? 0;
  const world = foldLog(
    scenario,
    log.filter((entry) => entry.at <= moment),
  );
  const occurred = scenario.facts.filter(
    (fact) => fact.occurredAt <= moment && world.facts[fact.id]?.exists !== false,
  );
  const named = (fact: { id: string; kind: string }) => `${fact.id} (${fact.kind})`;
  const found = occurred.filter((fact) => world.facts[fact.id]?.status === "discovered").map(named);
  const missing = occurred.filter((fact) => world.facts[fact.id]?.status !== "discovered").map(named);
  lines.push(
    `  facts by ${formatSimTime(moment)}: discovered ${found.join(", ") || "none"}; not discovered ${missing.join(", ") || "none"}`,
  );
  return lines;
}

/** The `--explain` line of a command's help. */
export const EXPLAIN_HELP = `  --explain <rule>  print only what decided that rule's finding (the facts, times and words it rests on);
                    \`lost\` explains every finding that cost points`;

/** The text `--explain <wanted>` prints for a finished drill: one explanation per rule, a blank line between. */
export function explanation(scenario: ScenarioDefinition, log: readonly LogEntry[], wanted: string): string {
  const card = scoreDrill(scenario, log);
  const rules = rulesToExplain(wanted, card);
  if (rules.length === 0) return "no finding cost points";
  return rules
    .map((rule) => card.findings.find((finding) => finding.rule === rule))
    .filter((finding) => finding !== undefined)
    .map((finding) => explainFinding(scenario, log, finding).join("\n"))
    .join("\n\n");
}

import type { Fact } from "../../engine/scenario";
import type { ReportFact } from "../afterActionReport";
import { compareIds } from "../support/compareIds";
import { nameOf } from "../support/describeAction";
import type { ReportContext } from "../support/reportContext";

/**
 * Facts discovered, missed, and lost with their evidence. A fact exists in this drill unless it hangs on an
 * attacker step that never ran or is a red herring the seed did not pick (red herrings count only if found).
 */
export function buildFacts(context: ReportContext): {
  discovered: ReportFact[];
  missed: ReportFact[];
  lost: ReportFact[];
} {
  const { scenario, log } = context.input;
  const ranSteps = new Set(log.flatMap((entry) => (entry.type === "attacker.step" ? [entry.step] : [])));
  const discovered = new Map(
    log.flatMap((entry) => (entry.type === "fact.discovered" ? [[entry.fact, entry] as const] : [])),
  );
  const lost = new Map(
    log.flatMap((entry) => (entry.type === "fact.lost" ? [[entry.fact, entry] as const] : [])),
  );
  const result = { discovered: [] as ReportFact[], missed: [] as ReportFact[], lost: [] as ReportFact[] };
  const facts = [...scenario.facts].sort((a, b) => a.occurredAt - b.occurredAt || compareIds(a.id, b.id));
  for (const fact of facts) {
    const found = discovered.get(fact.id);
    const gone = lost.get(fact.id);
    const report = toReportFact(fact, context);
    if (gone) {
      report.lost = context.moment(gone.at);
      report.lostReason = gone.reason;
    }
    if (found) {
      report.discovered = context.moment(found.at);
      report.via = found.via;
      result.discovered.push(report);
    } else if (gone) result.lost.push(report);
    else if (exists(fact, ranSteps, scenario.variation.redHerrings)) result.missed.push(report);
  }
  result.discovered.sort((a, b) => (a.discovered?.at ?? 0) - (b.discovered?.at ?? 0));
  return result;
}

function exists(fact: Fact, ranSteps: ReadonlySet<string>, redHerrings: readonly string[]): boolean {
  if (fact.kind === "red-herring" || redHerrings.includes(fact.id)) return false;
  return fact.requiresStep === undefined || ranSteps.has(fact.requiresStep);
}

function toReportFact(fact: Fact, context: ReportContext): ReportFact {
  const scenario = context.input.scenario;
  const sources = [fact.evidence.logSource, fact.evidence.instance]
    .filter((id): id is string => id !== undefined)
    .map((id) => nameOf(id, scenario));
  return {
    id: fact.id,
    kind: fact.kind,
    text: context.times(fact.text),
    occurred: context.moment(fact.occurredAt),
    source: sources.join(", ") || "unknown",
  };
}

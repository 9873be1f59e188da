import type { LogEntry } from "../../engine/log";
import type { ReportFinding, ReportTimeline, TimelineEntry, TimelineLane } from "../afterActionReport";
import { compareIds } from "../support/compareIds";
import { describeAction, nameOf } from "../support/describeAction";
import { describeReason } from "../support/describeCondition";
import type { ReportContext } from "../support/reportContext";

const LANES: ReportTimeline["lanes"] = [
  { id: "attacker", title: "Attacker" },
  { id: "injects", title: "Injects" },
  { id: "players", title: "Players" },
];

/** The swimlane timeline: attacker, injects and players, with finding markers on the entries that prove them. */
export function buildTimeline(findings: readonly ReportFinding[], context: ReportContext): ReportTimeline {
  const entries = context.input.log
    .map((entry) => toTimelineEntry(entry, context))
    .filter((entry): entry is TimelineEntry => entry !== undefined);
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  for (const finding of findings) {
    const marked = new Set<number>();
    for (const seq of finding.evidence) {
      const target = resolveTimelineSeq(seq, bySeq, context);
      if (target === undefined || marked.has(target)) continue;
      marked.add(target);
      bySeq.get(target)?.markers.push({ rule: finding.rule, outcome: finding.outcome });
    }
  }
  const findingMarks = findings
    .filter((finding) => finding.at !== undefined && finding.outcome !== "n/a")
    .map((finding) => ({ rule: finding.rule, outcome: finding.outcome, ...finding.at! }))
    .sort((a, b) => a.at - b.at || compareIds(a.rule, b.rule));
  const times = [...entries.map((entry) => entry.at), ...findingMarks.map((mark) => mark.at), 0];
  return { from: Math.min(...times), to: Math.max(...times), lanes: LANES, entries, findingMarks };
}

/** Follows an evidence entry back through its causes to the timeline entry that shows it. */
function resolveTimelineSeq(
  seq: number,
  shown: ReadonlyMap<number, TimelineEntry>,
  context: ReportContext,
): number | undefined {
  let current = context.entry(seq);
  for (let hops = 0; current && hops < 8; hops++) {
    if (shown.has(current.seq)) return current.seq;
    if (current.type === "action.accepted") {
      const accepted = current.seq;
      const completed = context.input.log.find(
        (entry) => entry.type === "action.completed" && entry.acceptedSeq === accepted,
      );
      return completed && shown.has(completed.seq) ? completed.seq : undefined;
    }
    const next =
      current.type === "action.completed"
        ? current.acceptedSeq
        : current.type === "leak"
          ? current.via
          : current.cause.kind === "action"
            ? current.cause.entry
            : undefined;
    if (next === undefined || next === current.seq) return undefined;
    current = context.entry(next);
  }
  return undefined;
}

function toTimelineEntry(entry: LogEntry, context: ReportContext): TimelineEntry | undefined {
  const shown = describe(entry, context);
  if (!shown) return undefined;
  const result: TimelineEntry = {
    seq: entry.seq,
    lane: shown.lane,
    at: entry.at,
    time: context.moment(entry.at).time,
    when: context.moment(entry.at).when,
    kind: entry.type === "action.completed" ? entry.action.type : entry.type,
    label: shown.label,
    by: context.actors(entry.seq),
    markers: [],
  };
  if (shown.detail !== undefined) result.detail = shown.detail;
  return result;
}

function describe(
  entry: LogEntry,
  context: ReportContext,
): { lane: TimelineLane; label: string; detail?: string } | undefined {
  const scenario = context.input.scenario;
  switch (entry.type) {
    case "attacker.step":
      return { lane: "attacker", label: entry.title };
    case "attacker.skipped":
      return {
        lane: "attacker",
        label: `${entry.title} (did not happen)`,
        detail: context.plain(describeReason(entry.reason, context.name)),
      };
    case "exfiltration":
      return {
        lane: "attacker",
        label: `Exfiltrated ${entry.dataClasses.join(", ")} from ${nameOf(entry.dataStore, scenario)}`,
        detail: entry.amount,
      };
    case "evidence.destroyed":
      if (entry.cause.kind !== "attacker") return undefined;
      return {
        lane: "attacker",
        label: `Evidence destroyed: ${nameOf(entry.subject, scenario)}`,
        detail: context.plain(entry.reason),
      };
    case "inject.delivered": {
      const inject = scenario.injects.find((candidate) => candidate.id === entry.inject);
      const from = context.personName(entry.from);
      return {
        lane: "injects",
        label: inject?.subject ? `${from}: ${inject.subject}` : `Message from ${from}`,
        detail: inject ? context.times(inject.body) : undefined,
      };
    }
    case "action.completed":
      return { lane: "players", ...describeAction(entry.action, scenario) };
    default:
      return undefined;
  }
}

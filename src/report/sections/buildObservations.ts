import type { LogEntry } from "../../engine/log";
import type {
  ReportActor,
  ReportFinding,
  ReportObservation,
  ReportObservationFinding,
} from "../afterActionReport";
import { compareIds } from "../support/compareIds";
import { capabilityOfStep, rootCauseOf } from "../support/coreCapabilities";
import { describeAction } from "../support/describeAction";
import type { ReportContext } from "../support/reportContext";

const OUTCOME_RANK = { violated: 0, partial: 1, met: 2, "n/a": 3 } as const;

/**
 * Strengths and areas for improvement, one per act: findings whose evidence leads to the same log entry (one post,
 * one termination, one codename) form one observation, so one act never reads as five. An act that earned any
 * violated or partial finding is an area for improvement (its met findings are listed in it, never as a strength).
 * Areas are ordered by impact: points lost plus the share of failed critical tasks they carry.
 */
export function buildObservations(
  findings: readonly ReportFinding[],
  context: ReportContext,
): { strengths: ReportObservation[]; areasForImprovement: ReportObservation[] } {
  const groups = groupByAct(findings, context);
  const keyOfRule = new Map(
    groups.flatMap((group) => group.findings.map((finding) => [finding.rule, group.key] as const)),
  );
  const criticalShare = criticalTaskShares(context, keyOfRule);
  const observations = groups.map((group) =>
    toObservation(group.key, group.acts, group.findings, context, criticalShare),
  );
  const impact = (item: ReportObservation) => item.pointsLost + (criticalShare.get(item.key)?.points ?? 0);
  const momentOf = (item: ReportObservation) => item.when?.at ?? Number.POSITIVE_INFINITY;
  const strengths = observations
    .filter((item) => item.outcome === "met")
    .sort(
      (a, b) =>
        weightOf(b, findings) - weightOf(a, findings) ||
        momentOf(a) - momentOf(b) ||
        compareIds(a.key, b.key),
    );
  const areasForImprovement = observations
    .filter((item) => item.outcome !== "met")
    .sort(
      (a, b) =>
        impact(b) - impact(a) ||
        OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
        momentOf(a) - momentOf(b) ||
        compareIds(a.key, b.key),
    );
  return { strengths, areasForImprovement };
}

/** A finding about more acts than this is about a way of working (an order, a count), not about its acts. */
const MAX_ACTS = 4;

/**
 * Groups findings that share an act: findings whose acts overlap join one group (a post that breaks four rules,
 * four messages that broke the same two), so one act is one observation. Findings about no act, or about many,
 * stand alone.
 */
function groupByAct(
  findings: readonly ReportFinding[],
  context: ReportContext,
): { key: string; acts: LogEntry[]; findings: ReportFinding[] }[] {
  const parent = new Map<number, number>();
  const root = (seq: number): number => {
    let current = seq;
    while (parent.get(current) !== current) current = parent.get(current) as number;
    return current;
  };
  const actsOf = new Map<string, LogEntry[]>();
  for (const finding of findings) {
    if (finding.outcome === "n/a") continue;
    const acts = actsOfFinding(finding, context);
    actsOf.set(finding.rule, acts);
    for (const act of acts) if (!parent.has(act.seq)) parent.set(act.seq, act.seq);
    for (const act of acts.slice(1)) {
      const a = root((acts[0] as LogEntry).seq);
      const b = root(act.seq);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  }
  const groups = new Map<string, { key: string; acts: Map<number, LogEntry>; findings: ReportFinding[] }>();
  for (const finding of findings) {
    if (finding.outcome === "n/a") continue;
    const acts = actsOf.get(finding.rule) ?? [];
    const key = acts.length > 0 ? `act-${root((acts[0] as LogEntry).seq)}` : `rule-${finding.rule}`;
    const group = groups.get(key) ?? {
      key,
      acts: new Map<number, LogEntry>(),
      findings: [] as ReportFinding[],
    };
    for (const act of acts) group.acts.set(act.seq, act);
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    key: group.key,
    acts: [...group.acts.values()].sort((a, b) => a.seq - b.seq),
    findings: group.findings,
  }));
}

/** The completed team actions a finding's evidence leads back to; none when it is about more than `MAX_ACTS`. */
function actsOfFinding(
  finding: Pick<ReportFinding, "dimension" | "evidence">,
  context: ReportContext,
): LogEntry[] {
  if (finding.dimension === "investigation") return [];
  const acts = new Map<number, LogEntry>();
  for (const seq of finding.evidence) {
    const act = completedActionOf(seq, context);
    if (act) acts.set(act.seq, act);
  }
  return acts.size > MAX_ACTS ? [] : [...acts.values()].sort((a, b) => a.seq - b.seq);
}

function weightOf(item: ReportObservation, findings: readonly ReportFinding[]): number {
  return item.findings.reduce(
    (sum, part) => sum + (findings.find((finding) => finding.rule === part.rule)?.weight ?? 0),
    0,
  );
}

/**
 * why: a failed critical task costs points beyond its rules; an area that carries one matters more than its own
 * points say. Each failed task's points are shared by the observations holding its rules.
 */
function criticalTaskShares(
  context: ReportContext,
  keyOfRule: ReadonlyMap<string, string>,
): Map<string, { points: number; title: string }> {
  const card = context.input.scoreCard;
  const failed = (card.criticalTasks ?? []).filter((task) => task.failed);
  const shares = new Map<string, { points: number; title: string }>();
  if (failed.length === 0) return shares;
  const perTask = (card.criticalTaskPoints ?? 0) / failed.length;
  for (const task of failed) {
    const keys = new Set<string>();
    for (const rule of task.rules) {
      const finding = card.findings.find((candidate) => candidate.rule === rule);
      const key = keyOfRule.get(rule);
      if (!finding || finding.outcome === "met" || finding.outcome === "n/a" || key === undefined) continue;
      keys.add(key);
    }
    for (const key of keys) {
      const current = shares.get(key);
      shares.set(key, {
        points: (current?.points ?? 0) + perTask / keys.size,
        title: current ? `${current.title}; ${task.title}` : task.title,
      });
    }
  }
  return shares;
}

function toObservation(
  key: string,
  acts: readonly LogEntry[],
  parts: readonly ReportFinding[],
  context: ReportContext,
  criticalShare: ReadonlyMap<string, { points: number; title: string }>,
): ReportObservation {
  // why: an area holding a failed critical task is headed by it, whatever smaller slip shares the act.
  const failedTaskRules = new Set<string>(
    (context.input.scoreCard.criticalTasks ?? []).filter((task) => task.failed).flatMap((task) => task.rules),
  );
  const criticalRank = (finding: ReportFinding) =>
    failedTaskRules.has(finding.rule) && finding.outcome !== "met" ? 0 : 1;
  const sorted = [...parts].sort(
    (a, b) =>
      criticalRank(a) - criticalRank(b) ||
      OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
      b.pointsLost - a.pointsLost ||
      compareIds(a.rule, b.rule),
  );
  const lead = sorted[0] as ReportFinding;
  const act = acts[0];
  const outcome = lead.outcome;
  const pointsLost = Math.round(parts.reduce((sum, part) => sum + part.pointsLost, 0) * 10) / 10;
  const observation: ReportObservation = {
    key,
    title:
      acts.length > 1 ? `${lead.title} (${acts.length} acts)` : act ? actTitle(act, context) : lead.title,
    outcome,
    pointsLost,
    capability: capabilityOfStep(lead.step),
    dimension: lead.dimension,
    findings: sorted.map(toPart),
    by: act ? context.actors(act.seq) : distinctActors(parts.flatMap((part) => part.by)),
  };
  if (parts.length === 1 && lead.credit !== undefined && outcome === "partial")
    observation.credit = lead.credit;
  if (act && act.type === "action.completed") {
    const described = describeAction(act.action, context.input.scenario);
    observation.act = {
      seq: act.seq,
      at: context.moment(act.at),
      label: described.label,
      by: context.actors(act.seq),
    };
    if (described.detail !== undefined) observation.act.detail = described.detail;
  }
  const when = act ? context.moment(act.at) : lead.at;
  if (when) observation.when = when;
  if (lead.couldHaveKnownAt) observation.couldHaveKnownAt = lead.couldHaveKnownAt;
  if (outcome !== "met") observation.rootCause = rootCauseOf(lead.dimension);
  const critical = criticalShare.get(key);
  if (critical) observation.criticalTask = critical.title;
  return observation;
}

function toPart(finding: ReportFinding): ReportObservationFinding {
  const part: ReportObservationFinding = {
    rule: finding.rule,
    title: finding.title,
    dimension: finding.dimension,
    outcome: finding.outcome,
    pointsLost: finding.pointsLost,
    what: finding.summary,
    instead: finding.advice,
    step: finding.step,
    stepTitle: finding.stepTitle,
    checklistLine: finding.checklistLine,
  };
  if (finding.credit !== undefined) part.credit = finding.credit;
  return part;
}

function actTitle(act: LogEntry, context: ReportContext): string {
  return act.type === "action.completed"
    ? describeAction(act.action, context.input.scenario).label
    : context.plain(act.type);
}

function distinctActors(actors: readonly ReportActor[]): ReportActor[] {
  const seen = new Set<string>();
  return actors.filter((actor) => {
    if (seen.has(actor.label)) return false;
    seen.add(actor.label);
    return true;
  });
}

/** Follows a log entry back through its causes to the completed action that produced it, if any. */
function completedActionOf(seq: number, context: ReportContext): LogEntry | undefined {
  let current = context.entry(seq);
  for (let hops = 0; current && hops < 8; hops++) {
    if (current.type === "action.completed") return current;
    if (current.type === "action.accepted") {
      const accepted = current.seq;
      return context.input.log.find(
        (entry) => entry.type === "action.completed" && entry.acceptedSeq === accepted,
      );
    }
    const next =
      current.type === "leak"
        ? current.via
        : current.cause.kind === "action"
          ? current.cause.entry
          : undefined;
    if (next === undefined || next === current.seq) return undefined;
    current = context.entry(next);
  }
  return undefined;
}

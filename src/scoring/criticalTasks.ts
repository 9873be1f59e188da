import type { ActionType } from "../engine/actions";
import type { ChecklistStepId } from "../engine/checklist";
import type { LogEntry } from "../engine/log";
import type { RuleId } from "../engine/rubricRuleIds";
import type { SimMinutes } from "../engine/time";
import type { Finding } from "./scoreCard";

/**
 * A critical task (HSEEP's term): a checklist duty whose failure alone means the team did not perform. Failing one
 * costs the total at least `criticalTaskPenalty` points and caps the rating below P.
 */
export interface CriticalTask {
  id: string;
  title: string;
  step: ChecklistStepId;
  /** The rules whose violation (or, for `strict` rules, any lost credit) fails the task. */
  rules: readonly RuleId[];
  /** Fail on any lost credit, not only on a violation (one termination is already too many). */
  strict?: boolean;
  /** Fail only when this action was never completed (a late page is the rule's business, no page the task's). */
  neverDone?: ActionType;
}

/** How one drill did on one critical task. */
export interface CriticalTaskResult {
  id: string;
  title: string;
  step: ChecklistStepId;
  failed: boolean;
  /** The rule findings that decided it (their evidence is the evidence). */
  rules: RuleId[];
  at?: SimMinutes;
  summary: string;
}

/** The critical tasks every scenario has unless it says otherwise, each from a line of the checklist. */
export const DEFAULT_CRITICAL_TASKS: readonly CriticalTask[] = [
  {
    id: "incident-commander",
    title: "Page an Incident Commander",
    step: "S3",
    rules: ["team.page-ic-early"],
    neverDone: "page-ic",
  },
  {
    id: "keep-affected-instances",
    title: "Never terminate an affected instance",
    step: "S1",
    rules: ["evidence.no-terminate"],
    strict: true,
  },
  {
    id: "nothing-outside-the-team",
    title: "Nothing about the incident outside the response team before forensics",
    step: "S3",
    rules: ["privacy.need-to-know", "privacy.no-broad-channels"],
  },
  {
    id: "security-on-the-team",
    title: "The security team is on the response team",
    step: "S3",
    rules: ["team.security-included"],
  },
  {
    id: "truthful-statements",
    title: "No false statement outside the company",
    step: "S14",
    rules: ["disclosure.true-claims"],
  },
  {
    id: "innocuous-codename",
    title: "An innocuous codename",
    step: "S3",
    rules: ["codename.innocuous"],
  },
];

function fails(task: CriticalTask, finding: Finding, done: ReadonlySet<ActionType>): boolean {
  if (task.neverDone !== undefined) return !done.has(task.neverDone) && finding.outcome !== "met";
  if (finding.outcome === "violated") return true;
  return task.strict === true && finding.outcome === "partial";
}

/**
 * Judges each critical task from the rule findings (after facilitator overrides, so an override of the rule
 * carries over) and, for a task about an action, from the log: failed when a rule it rests on failed (or the action
 * was never done); the moment is the earliest failing finding's.
 */
export function judgeCriticalTasks(
  tasks: readonly CriticalTask[],
  findings: readonly Finding[],
  log: readonly LogEntry[],
): CriticalTaskResult[] {
  const done = new Set<ActionType>();
  for (const entry of log) if (entry.type === "action.completed") done.add(entry.action.type);
  return tasks.map((task) => {
    const mine = findings.filter((finding) => (task.rules as readonly string[]).includes(finding.rule));
    const failing = mine.filter((finding) => fails(task, finding, done));
    const times = failing.flatMap((finding) => (finding.at !== undefined ? [finding.at] : []));
    return {
      id: task.id,
      title: task.title,
      step: task.step,
      failed: failing.length > 0,
      rules: mine.map((finding) => finding.rule),
      ...(times.length > 0 ? { at: Math.min(...times) } : {}),
      summary:
        failing.length > 0
          ? failing.map((finding) => finding.summary).join(" ")
          : `Performed: ${mine.map((finding) => finding.summary).join(" ")}`,
    };
  });
}

/**
 * The total after critical tasks: each failed task costs `penalty` points, and any failure keeps the total below
 * the P threshold (why: HSEEP — a critical task not performed means the objective was not performed well).
 */
export function applyCriticalTasks(
  total: number,
  results: readonly CriticalTaskResult[],
  penalty: number,
  thresholdP: number,
): number {
  const failed = results.filter((result) => result.failed).length;
  if (failed === 0) return total;
  const lowered = Math.max(0, total - failed * penalty);
  return Math.round(10 * Math.min(lowered, thresholdP - 0.1)) / 10;
}

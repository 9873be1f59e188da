import type { ActionType } from "../engine/actions";
import type { ChecklistStepId } from "../engine/checklist";
import { type CriticalTaskId, DEFAULT_CRITICAL_TASK_IDS } from "../engine/criticalTaskIds";
import type { LogEntry } from "../engine/log";
import type { RuleId } from "../engine/rubricRuleIds";
import type { ScenarioDefinition } from "../engine/scenario";
import type { SimMinutes } from "../engine/time";
import type { Finding } from "./scoreCard";

/**
 * A critical task (HSEEP's term): a checklist duty whose failure alone means the team did not perform. Failing one
 * costs the total at least `criticalTaskPenalty` points and caps the rating below P.
 */
export interface CriticalTask {
  id: CriticalTaskId;
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

/** How each critical task a scenario may name is judged, each from a line of the checklist. */
export const CRITICAL_TASKS: Readonly<Record<CriticalTaskId, CriticalTask>> = {
  "incident-commander": {
    id: "incident-commander",
    title: "Page an Incident Commander",
    step: "S3",
    rules: ["team.page-ic-early"],
    neverDone: "page-ic",
  },
  "keep-affected-instances": {
    id: "keep-affected-instances",
    title: "Never terminate an affected instance",
    step: "S1",
    rules: ["evidence.no-terminate"],
    strict: true,
  },
  "nothing-outside-the-team": {
    id: "nothing-outside-the-team",
    title: "Nothing about the incident outside the response team before forensics",
    step: "S3",
    rules: ["privacy.need-to-know", "privacy.no-broad-channels"],
  },
  "security-on-the-team": {
    id: "security-on-the-team",
    title: "The security team is on the response team",
    step: "S3",
    rules: ["team.security-included"],
  },
  "truthful-statements": {
    id: "truthful-statements",
    title: "No false statement outside the company",
    step: "S14",
    rules: ["disclosure.true-claims"],
  },
  "innocuous-codename": {
    id: "innocuous-codename",
    title: "An innocuous codename",
    step: "S3",
    rules: ["codename.innocuous"],
  },
  "stop-the-attack": {
    id: "stop-the-attack",
    title: "Stop the attack in progress",
    step: "S1",
    rules: ["containment.time-to-stop"],
  },
  "cut-the-vector": {
    id: "cut-the-vector",
    title: "Cut off the attack vector",
    step: "S2",
    rules: ["containment.vector-cut"],
    strict: true,
  },
  "revoke-compromised": {
    id: "revoke-compromised",
    title: "Revoke every compromised credential",
    step: "S9",
    rules: ["mitigation.revoke-promptly"],
  },
  "keep-the-evidence": {
    id: "keep-the-evidence",
    title: "Keep the evidence: preserve the logs at risk and image the affected disks",
    step: "S10",
    rules: ["evidence.preserve-logs", "evidence.image-affected"],
  },
  "no-tip-off": {
    id: "no-tip-off",
    title: "Do not tip off the attacker",
    step: "S3",
    rules: ["containment.no-tip-off"],
  },
  "statutory-notice": {
    id: "statutory-notice",
    title: "Notify the regulator within the legal deadline",
    step: "S14",
    rules: ["disclosure.statutory-deadline"],
  },
  "tell-those-affected": {
    id: "tell-those-affected",
    title: "Tell those affected within days",
    step: "S14",
    rules: ["disclosure.within-days"],
  },
};

/** The critical tasks a scenario is judged on: its own list, or the defaults every breach shares. */
export function criticalTasksOf(scenario: Pick<ScenarioDefinition, "criticalTasks">): CriticalTask[] {
  // why: a task listed twice is still one duty; it must not cost its penalty twice.
  return [...new Set(scenario.criticalTasks ?? DEFAULT_CRITICAL_TASK_IDS)].map((id) => CRITICAL_TASKS[id]);
}

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
  // why: a task whose every rule found nothing to judge (no instance to terminate in a cloud-only drill) is not
  // "performed"; it is not part of this drill.
  const applies = (task: CriticalTask) =>
    task.neverDone !== undefined ||
    findings.some(
      (finding) => (task.rules as readonly string[]).includes(finding.rule) && finding.outcome !== "n/a",
    );
  return tasks.filter(applies).map((task) => {
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

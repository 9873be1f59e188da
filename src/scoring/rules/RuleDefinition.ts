import { type ChecklistStepId, checklistStep } from "../../engine/checklist";
import type { DimensionId } from "../../engine/organisation";
import type { RuleId } from "../../engine/rubricRuleIds";
import type { SimMinutes } from "../../engine/time";
import type { ScoringContext } from "../context/ScoringContext";
import { outcomeOf, roundCredit } from "../penalties";
import type { Finding } from "../scoreCard";

/** What a rule concludes for one drill, before the registry adds its metadata and a facilitator may override it. */
export type RuleVerdict = Pick<
  Finding,
  | "outcome"
  | "credit"
  | "at"
  | "evidence"
  | "summary"
  | "advice"
  | "couldHaveKnownAt"
  | "undecided"
  | "overdue"
  | "decisions"
>;

/** One rubric rule: its metadata (id, dimension, checklist step and line, default weight, title) and its judgement. */
export interface RuleDefinition {
  id: RuleId;
  dimension: DimensionId;
  step: ChecklistStepId;
  /** Further checklist steps the rule also rates in the HSEEP step table. */
  alsoSteps?: ChecklistStepId[];
  checklistLine: string;
  /** Default weight within its dimension; `organisation.ruleWeights` may override it. */
  weight: number;
  title: string;
  evaluate(ctx: ScoringContext): RuleVerdict;
}

/** The checklist line of `step` that contains `fragment` (case-insensitive); throws on a programming error. */
export function quote(step: ChecklistStepId, fragment: string): string {
  const found = checklistStep(step).lines.find((line) => line.toLowerCase().includes(fragment.toLowerCase()));
  if (!found) throw new Error(`no checklist line in ${step} contains "${fragment}"`);
  return found;
}

/** The step's summary sentence, for rules that enforce a step as a whole. */
export function summaryOf(step: ChecklistStepId): string {
  return checklistStep(step).summary;
}

/** A verdict for a rule the scenario gives no occasion for. */
export function notApplicable(summary: string): RuleVerdict {
  return { outcome: "n/a", evidence: [], summary, advice: "" };
}

/** A scored verdict: the outcome follows from the credit (1 met, 0 violated, between partial). */
export function scored(
  credit: number,
  details: Omit<RuleVerdict, "outcome" | "credit" | "evidence"> & { evidence?: (number | undefined)[] },
): RuleVerdict {
  const rounded = roundCredit(credit);
  const evidence = [
    ...new Set((details.evidence ?? []).filter((seq): seq is number => seq !== undefined)),
  ].sort((a, b) => a - b);
  const verdict: RuleVerdict = {
    outcome: outcomeOf(rounded),
    credit: rounded,
    evidence,
    summary: details.summary,
    advice: details.advice,
  };
  if (details.overdue !== undefined && details.overdue > 0) verdict.overdue = details.overdue;
  if (details.decisions !== undefined && details.decisions > 1) verdict.decisions = details.decisions;
  if (details.at !== undefined) verdict.at = details.at;
  if (details.couldHaveKnownAt !== undefined) verdict.couldHaveKnownAt = details.couldHaveKnownAt;
  if (details.undecided !== undefined) verdict.undecided = details.undecided;
  return verdict;
}

/** Mean of a list of credits (1 for an empty list). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 1 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Lists ids for a summary: "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The latest `at` among entries, for a verdict's decisive moment. */
export function latestAt(entries: readonly ({ at: SimMinutes } | undefined)[]): SimMinutes | undefined {
  const times = entries.filter((e): e is { at: SimMinutes } => e !== undefined).map((e) => e.at);
  return times.length > 0 ? Math.max(...times) : undefined;
}

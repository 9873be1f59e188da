import type { ChecklistStepId } from "../engine/checklist";
import type { DimensionId, HseepRating } from "../engine/organisation";
import type { SimMinutes } from "../engine/time";

export type { Outcome } from "../engine/log";

import type { Outcome } from "../engine/log";
import type { RuleId } from "../engine/rubricRuleIds";
import type { Consequence } from "./consequences";
import type { CriticalTaskResult } from "./criticalTasks";

/** One rubric rule's verdict for one drill, with the log entries that prove it. */
export interface Finding {
  rule: RuleId;
  dimension: DimensionId;
  step: ChecklistStepId;
  /** The checklist line the rule enforces, quoted. */
  checklistLine: string;
  outcome: Outcome;
  /** 1 for met, 0 for violated, between for partial; undefined for n/a. */
  credit?: number;
  weight: number;
  /** Sim minute of the decisive moment (undefined when nothing happened, e.g. never published). */
  at?: SimMinutes;
  /** Log seq numbers that prove the outcome. */
  evidence: number[];
  /** What happened, in one or two sentences for the player. */
  summary: string;
  /** What to do instead (areas for improvement) or why it was right (strengths). */
  advice: string;
  /** Points this finding took off the total (its share of the weighted mean and its slip floor); absent when none. */
  pointsLost?: number;
  /** How long past the point of no credit the act came (or the drill ended without it): lateness keeps costing. */
  overdue?: SimMinutes;
  /** For a rule about wrong acts: how many separate decisions broke it (each a slip, up to three). */
  decisions?: number;
  /** When the player could first have known what the rule needed (e.g. the instance was known affected). */
  couldHaveKnownAt?: SimMinutes;
  /** Set when the rule could not decide from free text alone; the facilitator can adjudicate. */
  undecided?: string;
  /** Present when a facilitator override replaced the computed outcome. */
  override?: { from: Outcome; fromCredit?: number; rationale: string; by?: string; seq: number };
}

export interface DimensionScore {
  id: DimensionId;
  title: string;
  /** 0–100, or undefined when no rule of the dimension applies. */
  score: number | undefined;
  rating: HseepRating | undefined;
  weight: number;
  findings: string[];
}

export interface ScoreCard {
  total: number;
  /** The weighted mean of the dimensions that apply, before slip floors, harm and critical tasks take their points. */
  weightedMean: number;
  rating: HseepRating;
  /** The critical tasks and whether the team performed them (a failure lowers the total and caps the rating). */
  criticalTasks: CriticalTaskResult[];
  /** Points the failed critical tasks took off the total, beyond what their rules cost. */
  criticalTaskPoints: number;
  /** Points the slip floors added: every slip costs at least `slipPoints` × the credit it lost, one act once. */
  slipPoints: number;
  /** Harm the team could have prevented, each traced to the rule whose failure allowed it. */
  consequences: Consequence[];
  /** Points the consequences took off the total, beyond what their rules cost. */
  consequencePoints: number;
  dimensions: Record<DimensionId, DimensionScore>;
  findings: Finding[];
  /** HSEEP analysis: checklist step → rating from the findings that cite it. */
  steps: {
    step: ChecklistStepId;
    score: number | undefined;
    rating: HseepRating | undefined;
    findings: string[];
  }[];
}

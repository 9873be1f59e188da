import type { ChecklistStepId } from "../engine/checklist";
import type { DrillInput, LogEntry } from "../engine/log";
import type { DimensionId, HseepRating, RatingThresholds, RoleId } from "../engine/organisation";
import type { ScenarioDefinition } from "../engine/scenario";
import type { SimMinutes } from "../engine/time";
import type { Outcome, ScoreCard } from "../scoring/scoreCard";

export const REPORT_FORMAT_VERSION = 1;

export interface Participant {
  name: string;
  role: RoleId;
}

export interface ReportMeta {
  /** When the drill was played, as the shell formatted it (the report never reads the clock). */
  playedAt?: string;
  participants?: Participant[];
  mode: "solo" | "facilitated";
  /** File name of the saved drill, quoted in the replay command. */
  drillFile?: string;
  /** Play script path, quoted in the `play --seed` command. */
  playScript?: string;
}

export interface ReportInput {
  scenario: ScenarioDefinition;
  seed: string;
  log: readonly LogEntry[];
  scoreCard: ScoreCard;
  inputs: readonly DrillInput[];
  meta: ReportMeta;
}

/** A moment of sim time with its exercise-clock rendering (`T+1:30`). */
export interface Moment {
  at: SimMinutes;
  time: string;
}

/** Who did something in a facilitated run: the role, and the person at the keyboard when known. */
export interface ReportActor {
  role: RoleId;
  roleTitle: string;
  name?: string;
}

export interface ReportOverview {
  scenario: { id: string; title: string; contentHash: string; difficulty: string };
  organisation: string;
  seed: string;
  playedAt?: string;
  mode: "solo" | "facilitated";
  participants: { name: string; role: RoleId; roleTitle: string }[];
  started: Moment;
  ended: Moment;
  /** Sim minutes from the start of play to its end. */
  duration: SimMinutes;
  durationText: string;
  endReason?: string;
  logHash: string;
  logEntries: number;
  inputs: number;
}

export interface ReportScore {
  total: number;
  rating: HseepRating;
  ratingLabel: string;
  /** 0–100 per dimension; null where no rule of the dimension applied. */
  dimensions: Record<DimensionId, number | null>;
  /** The organisation's HSEEP rating thresholds the ratings were computed with. */
  thresholds: RatingThresholds;
  /** Critical tasks: a failed one lowers the total and keeps the rating below P. */
  criticalTasks: {
    id: string;
    title: string;
    step: string;
    failed: boolean;
    time: string | null;
    summary: string;
  }[];
  /** Points the failed critical tasks took off the total, beyond the findings' own points lost. */
  criticalTaskPoints: number;
  /** Harm the team could have prevented, most costly first, each under the rule whose failure allowed it. */
  consequences: { time: string; summary: string; points: number; rule: string }[];
  /** Points the consequences took off the total. */
  consequencePoints: number;
}

export interface ReportDimension {
  id: DimensionId;
  title: string;
  score: number | null;
  rating: HseepRating | null;
  ratingLabel: string;
  weight: number;
  findings: string[];
}

export interface ReportHseepRow {
  step: ChecklistStepId;
  title: string;
  score: number | null;
  rating: HseepRating | null;
  ratingLabel: string;
  findings: string[];
}

export interface ReportFinding {
  rule: string;
  title: string;
  dimension: DimensionId;
  step: ChecklistStepId;
  stepTitle: string;
  checklistLine: string;
  outcome: Outcome;
  credit?: number;
  weight: number;
  /** Points of the 0–100 total this finding cost (0 when met or not applicable). */
  pointsLost: number;
  at?: Moment;
  couldHaveKnownAt?: Moment;
  evidence: number[];
  summary: string;
  advice: string;
  undecided?: string;
  override?: { from: Outcome; fromCredit?: number; rationale: string; by?: string };
  by: ReportActor[];
}

/** A strength or an area for improvement: what happened, when, the checklist line, what to do instead. */
export interface ReportObservation {
  rule: string;
  title: string;
  dimension: DimensionId;
  outcome: Outcome;
  credit?: number;
  pointsLost: number;
  what: string;
  when?: Moment;
  couldHaveKnownAt?: Moment;
  step: ChecklistStepId;
  checklistLine: string;
  instead: string;
  by: ReportActor[];
}

export type TimelineLane = "attacker" | "injects" | "players";

export interface TimelineMarker {
  rule: string;
  outcome: Outcome;
}

export interface TimelineEntry {
  seq: number;
  lane: TimelineLane;
  at: SimMinutes;
  time: string;
  kind: string;
  label: string;
  /** Free text that belongs to the entry (message body, statement, room topic), verbatim. */
  detail?: string;
  by: ReportActor[];
  markers: TimelineMarker[];
}

export interface ReportTimeline {
  from: SimMinutes;
  to: SimMinutes;
  lanes: { id: TimelineLane; title: string }[];
  entries: TimelineEntry[];
  /** Every finding with a decisive moment, for the findings row of the swimlane. */
  findingMarks: (TimelineMarker & Moment)[];
}

export interface ReportAttackerStep {
  id: string;
  title: string;
  description: string;
  technique?: string;
  ip?: string;
  scheduled: Moment;
  at?: Moment;
  status: "done" | "skipped" | "not-reached";
  reason?: string;
  preventable: boolean;
  preventedBy: { seq: number; at: Moment; label: string; by: ReportActor[] }[];
  effects: string[];
}

export interface ReportFact {
  id: string;
  kind: string;
  text: string;
  occurred: Moment;
  /** Where the evidence lived (log source or instance name). */
  source: string;
  discovered?: Moment;
  via?: string;
  lost?: Moment;
  lostReason?: string;
}

export type CapabilityElement = "Planning" | "Organization" | "Equipment" | "Training" | "Exercises";

export interface ReportImprovement {
  rule: string;
  issue: string;
  correctiveAction: string;
  ownerRole: RoleId;
  ownerTitle: string;
  capabilityElement: CapabilityElement;
  priority: "high" | "medium";
  pointsLost: number;
  dimension: DimensionId;
  step: ChecklistStepId;
  at?: Moment;
}

export interface ReportFacilitatorRecord {
  notes: { seq: number; at: Moment; text: string; by: ReportActor[] }[];
  /** `logRef` is the log entry the observation is about; `about` is that entry's moment. */
  observations: {
    seq: number;
    at: Moment;
    text: string;
    logRef?: number;
    about?: Moment;
    by: ReportActor[];
  }[];
  overrides: {
    seq: number;
    at: Moment;
    rule: string;
    from?: Outcome;
    fromCredit?: number;
    to: string;
    credit?: number;
    rationale: string;
    by: ReportActor[];
  }[];
  discussion: {
    seq: number;
    at: Moment;
    module: string;
    moduleTitle: string;
    question: number;
    questionText: string;
    answer: string;
    by: ReportActor[];
  }[];
  hotwash: {
    seq: number;
    at: Moment;
    question: number;
    questionText: string;
    answer: string;
    by: ReportActor[];
  }[];
  adjudications: { seq: number; at: Moment; text: string; rule?: string; by: ReportActor[] }[];
}

export interface ReportReplay {
  scenario: string;
  contentHash: string;
  seed: string;
  commands: { replay: string; play: string };
  /** The event-sourced inputs: replaying them with the seed rebuilds this drill. */
  inputs: DrillInput[];
}

/** The after-action report: everything the renderers show, as plain data (formatVersion 1). */
export interface AfterActionReport {
  formatVersion: typeof REPORT_FORMAT_VERSION;
  overview: ReportOverview;
  score: ReportScore;
  executiveSummary: string[];
  dimensions: ReportDimension[];
  hseep: ReportHseepRow[];
  findings: ReportFinding[];
  strengths: ReportObservation[];
  areasForImprovement: ReportObservation[];
  timeline: ReportTimeline;
  whatReallyHappened: ReportAttackerStep[];
  facts: { discovered: ReportFact[]; missed: ReportFact[]; lost: ReportFact[] };
  improvementPlan: ReportImprovement[];
  facilitator: ReportFacilitatorRecord;
  replay: ReportReplay;
}

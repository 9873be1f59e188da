import type { ChecklistStepId } from "../engine/checklist";
import type { DrillInput, LogEntry } from "../engine/log";
import type { DimensionId, HseepRating, RatingThresholds, RoleId } from "../engine/organisation";
import type { ScenarioDefinition } from "../engine/scenario";
import type { SimMinutes } from "../engine/time";
import type { Outcome, ScoreCard } from "../scoring/scoreCard";

export const REPORT_FORMAT_VERSION = 2;

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
  /** Traffic Light Protocol marking printed on every page (default `TLP:AMBER`). */
  tlp?: string;
  /** Edits people made to the improvement plan (organisation, point of contact, dates), kept in the drill file. */
  planEdits?: ImprovementPlanEdit[];
}

/** A person's edit of one improvement plan item, keyed by the item's key; absent fields keep the generated value. */
export interface ImprovementPlanEdit {
  key: string;
  capabilityElement?: CapabilityElement;
  organisation?: string;
  pointOfContact?: string;
  start?: string;
  due?: string;
  action?: string;
}

export interface ReportInput {
  scenario: ScenarioDefinition;
  seed: string;
  log: readonly LogEntry[];
  scoreCard: ScoreCard;
  inputs: readonly DrillInput[];
  meta: ReportMeta;
}

/**
 * A moment of sim time: the exercise clock (`T+1:30`, for tools) and the wall clock people read
 * (`Tue 17 Nov 2026, 10:30 UTC`; the exercise clock again when the scenario declares no start).
 */
export interface Moment {
  at: SimMinutes;
  time: string;
  when: string;
}

/**
 * Who did something, from the log entry's `actor`: a member of the team (role, and the person at the keyboard when
 * known), the facilitator, the attacker, a third party of the scenario, or the world (the clock, automation).
 */
export interface ReportActor {
  kind: "team" | "facilitator" | "attacker" | "third-party" | "world";
  /** How a reader sees it: `Ines Ortega (Incident Commander)`, `The attacker`, `GitHub Security (third party)`. */
  label: string;
  role?: RoleId;
  roleTitle?: string;
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
  /** The exercise date people read: the day of T+0 on the scenario's wall clock, else the date played. */
  exerciseDate?: string;
  /** The scenario's wall-clock start, when it declares one. */
  start?: { date: string; time: string; zone: string; iso: string };
  /** Traffic Light Protocol marking, e.g. `TLP:AMBER`. */
  tlp: string;
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
  /** Points the slip floors added beyond the findings' shares of the weighted mean (every slip costs at least a whole slip). */
  slipPoints: number;
  /** The weighted mean of the dimensions, before slip floors, harm and critical tasks. */
  weightedMean: number;
  /** One sentence: how the total follows from the weighted mean and each deduction. */
  breakdown: string;
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

/** One rubric finding inside an observation, in plain language. */
export interface ReportObservationFinding {
  rule: string;
  title: string;
  dimension: DimensionId;
  outcome: Outcome;
  credit?: number;
  pointsLost: number;
  what: string;
  instead: string;
  step: ChecklistStepId;
  stepTitle: string;
  checklistLine: string;
}

/**
 * A strength or an area for improvement: one act of the log (or one omission) with every finding it produced, so
 * one act reads as one observation; `key` is stable for tools.
 */
export interface ReportObservation {
  key: string;
  /** Plain-language headline: what was done (or not done). */
  title: string;
  outcome: Outcome;
  credit?: number;
  /** Points of the 0–100 total the findings together cost. */
  pointsLost: number;
  /** The act the findings share (absent for an omission). */
  act?: { seq: number; at: Moment; label: string; detail?: string; by: ReportActor[] };
  when?: Moment;
  couldHaveKnownAt?: Moment;
  capability: string;
  dimension: DimensionId;
  findings: ReportObservationFinding[];
  /** Why it happened, as an organisation would fix it (areas for improvement only). */
  rootCause?: string;
  /** A failed critical task this observation belongs to. */
  criticalTask?: string;
  by: ReportActor[];
}

/** A briefing objective evaluated the HSEEP way (P/S/M/U) from the checklist steps it rests on. */
export interface ReportObjective {
  number: number;
  text: string;
  steps: ChecklistStepId[];
  capabilities: string[];
  score: number | null;
  rating: HseepRating | null;
  ratingLabel: string;
  /** One plain sentence: what the rating rests on. */
  basis: string;
}

/** A core capability (National Preparedness Goal) the exercise touched, with its rating and observations. */
export interface ReportCapability {
  name: string;
  steps: ChecklistStepId[];
  score: number | null;
  rating: HseepRating | null;
  ratingLabel: string;
  /** Keys of the strengths and areas for improvement filed under it. */
  strengths: string[];
  areas: string[];
}

/** The one-page summary a CISO hands on: what happened, how the team did, what matters, what to do. */
export interface ReportExecutiveSummary {
  /** The scenario's premise as its author wrote it (ids made plain), then what the log says happened. */
  whatHappened: string[];
  verdict: string;
  strengths: string[];
  areas: string[];
  correctiveActions: string[];
}

/** The scenario's real-incident debrief card. */
export interface ReportLessons {
  summary: string;
  inspiredBy: { incident: string; year: string; url: string; lesson: string }[];
  notes: string[];
}

/** Ids for tools, kept out of the body: rules, injects, steps and things of the world named in the report. */
export interface ReportIdentifiers {
  rules: { id: string; title: string }[];
  injects: { id: string; title: string }[];
  attackerSteps: { id: string; title: string }[];
  things: { id: string; name: string }[];
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
  when: string;
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

/** One row of the HSEEP improvement plan. */
export interface ReportImprovement {
  /** Stable key (the observation's key, or `lesson-N`), which plan edits refer to. */
  key: string;
  /** Where it came from: an area for improvement of this drill, or a lesson of the real incident. */
  source: "drill" | "lesson";
  capability: string;
  capabilityElement: CapabilityElement;
  issue: string;
  correctiveAction: string;
  organisation: string;
  ownerRole: RoleId;
  ownerTitle: string;
  pointOfContact: string;
  /** `YYYY-MM-DD`. */
  start: string;
  due: string;
  priority: "high" | "medium" | "low";
  pointsLost: number;
  rules: string[];
  at?: Moment;
}

/**
 * A private ("hot seat") inject: who received it and when, and when (if ever) a team message passed it on to the
 * rest of the team.
 */
export interface ReportPrivateInject {
  /** The inject's id, for tools (the identifiers appendix names it). */
  inject: string;
  title: string;
  /** The sender's name. */
  from: string;
  role: RoleId;
  roleTitle: string;
  /** The people in the role (a facilitated session's roster); empty in a solo drill. */
  people: string[];
  /** How a reader sees the recipient: `Ana Ruiz (Incident Commander)` or `the Incident Commander`. */
  recipient: string;
  received: Moment;
  /** The first team message after it that shares at least two of its key words with it. */
  shared?: { seq: number; at: Moment; by: ReportActor[]; where: string; excerpt: string };
  /** One plain sentence: who was told, when, and whether and when it reached the rest of the team. */
  summary: string;
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

/** The after-action report: everything the renderers show, as plain data (formatVersion 2). */
export interface AfterActionReport {
  formatVersion: typeof REPORT_FORMAT_VERSION;
  overview: ReportOverview;
  score: ReportScore;
  executiveSummary: ReportExecutiveSummary;
  objectives: ReportObjective[];
  capabilities: ReportCapability[];
  dimensions: ReportDimension[];
  hseep: ReportHseepRow[];
  findings: ReportFinding[];
  strengths: ReportObservation[];
  areasForImprovement: ReportObservation[];
  conclusions: string[];
  lessons: ReportLessons;
  identifiers: ReportIdentifiers;
  timeline: ReportTimeline;
  whatReallyHappened: ReportAttackerStep[];
  facts: { discovered: ReportFact[]; missed: ReportFact[]; lost: ReportFact[] };
  /** Who knew what, when: the private injects, whom they reached and when the rest of the team heard. */
  privateInjects: ReportPrivateInject[];
  improvementPlan: ReportImprovement[];
  facilitator: ReportFacilitatorRecord;
  replay: ReportReplay;
}

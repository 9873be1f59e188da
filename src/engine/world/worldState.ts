import type { PlayerAction } from "../actions";
import type { CredentialStateName, InstanceStateName } from "../condition";
import type { DrillInput, EndReason, LogEntry } from "../log";
import type { RoleId } from "../organisation";
import type { ScenarioDefinition } from "../scenario";
import type { SimMinutes } from "../time";

export type DrillPhaseName = "briefing" | "live" | "paused" | "debrief";

export interface DiskImage {
  disk: string;
  readOnly: boolean;
  offsite: boolean;
  at: SimMinutes;
  /** The `image.taken` entry. */
  seq: number;
}

export interface InstanceState {
  /** False until an attacker step creates it (instances with `createdBy`). */
  exists: boolean;
  state: InstanceStateName;
  isolated: boolean;
  affected: boolean;
  images: DiskImage[];
  /** Sim minute its memory was captured (while it ran). */
  memoryAt?: SimMinutes;
  knownAffected: boolean;
}

export interface FactState {
  /** False for red herrings the seed did not pick and for facts whose `requiresStep` has not run. */
  exists: boolean;
  /** A red herring the seed left out of this drill: it never exists. */
  excluded: boolean;
  status: "hidden" | "discovered" | "lost";
  discoveredAt?: SimMinutes;
  via?: string;
}

export interface InjectState {
  status: "pending" | "scheduled" | "due" | "delivered" | "skipped";
  /** Scheduled time after jitter. */
  at?: SimMinutes;
  held: boolean;
  repliedWith?: string;
}

/** One business impact as the log tells it. */
export interface ImpactState {
  status: "none" | "active" | "recovered";
  softened: boolean;
  at?: SimMinutes;
  recoversAt?: SimMinutes;
  recoveredAt?: SimMinutes;
  /** The `business.impacted` entry. */
  seq?: number;
}

export interface AttackerStepState {
  status: "pending" | "scheduled" | "done" | "skipped";
  at?: SimMinutes;
}

export interface ScheduledEvent {
  at: SimMinutes;
  /** Insertion order: ties at the same minute run in the order they were scheduled. */
  seq: number;
  kind: "attacker" | "inject" | "action" | "module" | "recovery";
  id: string;
}

export interface PendingAction {
  seq: number;
  action: PlayerAction;
  by?: RoleId;
  /** A queued long task starts here (absent: it started when accepted). */
  startsAt?: SimMinutes;
  completesAt: SimMinutes;
}

export interface CompletedAction {
  type: PlayerAction["type"];
  target?: string;
  action: PlayerAction;
  at: SimMinutes;
  /** The `action.completed` entry. */
  seq: number;
}

export interface TeamState {
  icPaged: boolean;
  codename?: string;
  call?: { title?: string; members: string[] };
  room?: { name: string; topic?: string; platform?: string; members: string[] };
  /** Everyone on the response team (paged or invited); the players are implicit. */
  members: string[];
  assignments: { task: string; role: RoleId; at: SimMinutes }[];
}

export interface Leak {
  at: SimMinutes;
  to: string[];
  channel: string;
  /** The `leak` entry. */
  seq: number;
  /** The entry that carried the information out (a message, a join). */
  via: number;
}

export interface SentMessage {
  at: SimMinutes;
  seq: number;
  channel: string;
  to: string[];
  subject?: string;
  body: string;
}

export type ArcFourState = { i: number; j: number; S: number[] };

/**
 * The drill's world: everything the log says happened, as state. `evolve(world, entry)` is the only function that
 * changes it, so the world after any log entry is the fold of `evolve` over the log up to it — in the engine and in
 * scoring alike. `seq` is the last entry applied (-1 before any).
 */
export interface WorldModel {
  scenario: ScenarioDefinition;
  seed: string;
  /** Sim minute of the latest entry (the engine's clock may stand later, between events). */
  now: SimMinutes;
  endReason?: EndReason;
  patientZero?: string;
  currentModule?: string;
  instances: Record<string, InstanceState>;
  credentials: Record<
    string,
    {
      /** False until an attacker step creates it (credentials with `createdBy`). */
      exists: boolean;
      state: CredentialStateName;
      compromised: boolean;
      knownCompromised: boolean;
    }
  >;
  codePaths: Record<string, { service: string; enabled: boolean }>;
  services: Record<string, { running: boolean }>;
  providers: Record<string, { purged: boolean }>;
  autoscalingGroups: Record<string, { suspended: boolean }>;
  logSources: Record<
    string,
    { status: "intact" | "preserved" | "destroyed"; preservedAt?: SimMinutes; knownDestroyed: boolean }
  >;
  footholds: Record<string, { open: boolean }>;
  blockedIps: string[];
  flags: Record<string, true>;
  facts: Record<string, FactState>;
  attacker: Record<string, AttackerStepState>;
  injects: Record<string, InjectState>;
  /** Business impacts by id (the scenario's `business.impacts`). */
  business: Record<string, ImpactState>;
  team: TeamState;
  inbox: { inject: string; at: SimMinutes }[];
  leaks: Leak[];
  messages: SentMessage[];
  statements: { at: SimMinutes; seq: number; title: string; body: string }[];
  pending: PendingAction[];
  /** Completed player actions by type (conditions look them up by type). */
  completed: Partial<Record<PlayerAction["type"], CompletedAction[]>>;
  seq: number;
}

/** Called after every entry the engine appends, with the world it produced (tests audit the fold with it). */
export type EntryObserver = (world: WorldState, entry: LogEntry) => void;

/**
 * The drill as the engine runs it: the world, its log and inputs, and the machinery that moves it — the queue of
 * scheduled events, the time checkpoints, the seeded generator. Nested under the machine's one context key and
 * updated in place (why: copying a hundred records per event would cost more than the statechart, DESIGN.md §8).
 */
export interface WorldState extends WorldModel {
  queue: ScheduledEvent[];
  queueSeq: number;
  /** Minutes at which a condition may change by time alone (after/before, retention, conditional `at`). */
  checkpoints: SimMinutes[];
  /** When the derived rules were last brought up to date: the minute and the log length then. */
  settled: { now: SimMinutes; log: number };
  rng: ArcFourState;
  log: LogEntry[];
  inputs: DrillInput[];
  observer?: EntryObserver;
}

import type { ActionType, ChannelKind, PlayerAction } from "./actions";
import type { BusinessTrackService } from "./businessTrack";
import type { CredentialStateName, InstanceStateName } from "./condition";
import type { ControlIntent, DrillInput, EndReason, LogEntry } from "./log";
import type { RoleId } from "./organisation";
import type { Briefing, DebriefCard } from "./scenario";
import type { StatutoryClockStatus } from "./statutoryClockTrack";
import type { SimMinutes } from "./time";
import type { WallClockStart } from "./wallClock";

export type DrillPhase = "briefing" | "live" | "paused" | "debrief";

/**
 * What a player (and the team display) may see of a drill: no attacker script, no ground truth, no
 * controller-only inject fields, no undiscovered facts, no fact categories, no module before it starts, and
 * nothing the attacker made or changed until the team has found it (`teamKnowledge.ts`). Shells render only this.
 */
export interface PlayerView {
  scenario: {
    id: string;
    title: string;
    premise: string;
    contentHash: string;
    briefing: Briefing;
    modules: { id: string; title: string; startsAt: SimMinutes; summary: string; questions: string[] }[];
    horizon: SimMinutes;
    /** The scenario's debrief card (real incidents, lessons, sources): only in the debrief, after the drill. */
    debrief?: DebriefCard;
    /** When T0 happens on the organisation's wall clock (times are shown as dates and clock times from it). */
    start?: WallClockStart;
    organisation: { name: string; emailDomain: string; privilegePrefix: string };
  };
  phase: DrillPhase;
  now: SimMinutes;
  seed: string;
  currentModule?: string;
  zones: { id: string; name: string; kind: string }[];
  instances: {
    id: string;
    name: string;
    zone: string;
    ip: string;
    service?: string;
    disks: string[];
    autoscalingGroup?: string;
    state: InstanceStateName;
    isolated: boolean;
    imaged: boolean;
    imagedOffsite: boolean;
    /** The players have evidence that it is affected (a discovered fact, an inject naming it). */
    knownAffected: boolean;
    /** The attacker made it; shown only once the team has found it (`teamKnowledge.ts`). */
    attackerMade: boolean;
  }[];
  autoscalingGroups: { id: string; name: string; suspended: boolean }[];
  services: {
    id: string;
    name: string;
    zone: string;
    running: boolean;
    codePaths: { id: string; name: string; enabled: boolean }[];
  }[];
  dataStores: { id: string; name: string; zone: string; kind: string; dataClasses: string[] }[];
  credentials: {
    id: string;
    name: string;
    kind: string;
    state: CredentialStateName;
    storedOn: string[];
    inventoryNote?: string;
    knownCompromised: boolean;
  }[];
  providers: { id: string; name: string; zone: string; purged: boolean }[];
  logSources: {
    id: string;
    name: string;
    description: string;
    preserved: boolean;
    knownDestroyed: boolean;
  }[];
  people: {
    id: string;
    name: string;
    title: string;
    internal: boolean;
    organisation?: string;
    reachableBy: ChannelKind[];
    role?: RoleId;
  }[];
  channels: { id: string; name: string; kind: ChannelKind; broad: boolean }[];
  team: {
    icPaged: boolean;
    codename?: string;
    call?: { title?: string; members: string[] };
    room?: { name: string; topic?: string; members: string[] };
    assignments: { task: string; role: RoleId; at: SimMinutes }[];
  };
  inbox: {
    inject: string;
    at: SimMinutes;
    from: string;
    fromName: string;
    channel: string;
    channelName: string;
    subject?: string;
    body: string;
    replies: { id: string; label: string }[];
    repliedWith?: string;
    /** Set on a private inject: only this role's players (and the facilitator) may see it. */
    addressedTo?: RoleId;
  }[];
  caseFile: {
    fact: string;
    text: string;
    at: SimMinutes;
    discoveredAt: SimMinutes;
    via: string;
  }[];
  /** Activity the players can see: their own completed actions, visible attacker effects, lost evidence. */
  activity: {
    at: SimMinutes;
    text: string;
    kind: "action" | "attacker" | "evidence" | "system" | "business";
  }[];
  /** Actions under way; a queued long task has `startsAt` (when one of its role's hands frees). */
  pending: {
    seq: number;
    action: PlayerAction;
    by?: RoleId;
    startsAt?: SimMinutes;
    completesAt: SimMinutes;
  }[];
  sent: { at: SimMinutes; channel: string; to: string[]; subject?: string; body: string }[];
  statements: { at: SimMinutes; title: string; body: string }[];
  /** The business track: the services the business runs on and what the response has broken so far. */
  business: BusinessTrackService[];
  /** Statutory notification clocks (a regulator within 72 hours): started once the team found personal data affected. */
  statutoryClocks: StatutoryClockStatus[];
  /** Sim minute of the next scheduled event, for "advance to next event" (undefined when none). */
  nextEventAt?: SimMinutes;
  ended: boolean;
  endReason?: EndReason;
}

/** Who submits an input: the role they play and the name of the person at the keyboard (facilitated sessions). */
export interface SubmitOptions {
  by?: RoleId;
  actorName?: string;
}

/**
 * The narrow interface shells (Phaser scene, DOM panels, facilitator) use to drive a drill. `log()` is the drill's
 * own append-only log (read it, never replay to get it); the view is kept per change, not per read.
 */
export interface DrillPort {
  view(): PlayerView;
  log(): readonly LogEntry[];
  inputs(): readonly DrillInput[];
  start(): void;
  submit(intent: PlayerAction | ControlIntent, options?: SubmitOptions): void;
  advance(minutes: SimMinutes): void;
  advanceToNextEvent(): void;
  pause(options?: SubmitOptions): void;
  resume(options?: SubmitOptions): void;
  end(options?: SubmitOptions): void;
  subscribe(listener: (view: PlayerView) => void): () => void;
}

export type { ActionType };

import type { PlayerAction } from "./actions";
import type { RoleId } from "./organisation";
import type { RuleId } from "./rubricRuleIds";
import type { ImpactSeverity } from "./scenario";
import type { SimMinutes } from "./time";

/** How a rule ended for one drill. */
export const OUTCOMES = ["met", "partial", "violated", "n/a"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Why a drill ended: the team closed the incident, the scenario reached its horizon, or someone ended it. */
export const END_REASONS = ["closed", "horizon", "ended"] as const;
export type EndReason = (typeof END_REASONS)[number];

/** What a facilitator (or the clock) can do besides player actions; all of it is event-sourced. */
export type ControlIntent =
  | { type: "inject.fire"; inject: string }
  | { type: "inject.hold"; inject: string }
  | { type: "inject.release"; inject: string }
  | { type: "inject.skip"; inject: string }
  | {
      type: "finding.override";
      rule: RuleId;
      outcome: Outcome;
      credit?: number;
      rationale: string;
    }
  | { type: "observation"; text: string; logRef?: number }
  | { type: "discussion.answer"; module: string; question: number; answer: string }
  | { type: "hotwash.answer"; question: number; answer: string }
  | { type: "adjudicate"; text: string; rule?: RuleId };

/** Clock control that changes what the engine accepts (a paused drill rejects actions). */
export type ClockIntent =
  | { type: "drill.pause" }
  | { type: "drill.resume" }
  | { type: "drill.end" }
  /** The clock was advanced to the input's `at` (consecutive advances are recorded as one). */
  | { type: "clock.advance" };

/** One event-sourced input: at this sim minute, this role did this. Replaying the inputs rebuilds the drill. */
export interface DrillInput {
  at: SimMinutes;
  by?: RoleId;
  /** Display name of the person at the keyboard (facilitated sessions). */
  actorName?: string;
  intent: PlayerAction | ControlIntent | ClockIntent;
}

export type LogCause =
  | { kind: "input"; input: number }
  | { kind: "attacker"; step: string }
  | { kind: "inject"; inject: string }
  | { kind: "schedule" }
  | { kind: "action"; entry: number }
  | { kind: "flag"; flag: string };

/**
 * Who did what an entry records: a member of the team (role and the name at the keyboard), the facilitator, the
 * attacker, a third party (a person of the scenario, e.g. the sender of an inject), or the world itself (the clock,
 * an autoscaling group, retention, the scenario's own rules).
 */
export type LogActor =
  | { kind: "team"; role?: RoleId; name?: string }
  | { kind: "facilitator"; role?: RoleId; name?: string }
  | { kind: "attacker" }
  | { kind: "third-party"; party: string }
  | { kind: "world" };

interface LogBase {
  /** Position in the log (0-based); entries are append-only. */
  seq: number;
  at: SimMinutes;
  /** Who did it. */
  actor: LogActor;
  /** What produced it: the input, the attacker step, the action or the scheduled event. */
  cause: LogCause;
}

/** Every entry the engine appends. Scoring, the report, replay and facilitator sync read only this. */
export type LogEntry = LogBase &
  (
    | { type: "drill.started"; seed: string; scenario: string; contentHash: string; patientZero?: string }
    | { type: "drill.ended"; reason: EndReason }
    /** `startsAt`: a long task queued until one of its role's hands frees (absent: it starts now). */
    | {
        type: "action.accepted";
        action: PlayerAction;
        by?: RoleId;
        startsAt?: SimMinutes;
        completesAt: SimMinutes;
      }
    | { type: "action.completed"; action: PlayerAction; by?: RoleId; acceptedSeq: number }
    | { type: "action.rejected"; action: PlayerAction | ControlIntent; by?: RoleId; reason: string }
    | { type: "inject.delivered"; inject: string; from: string; channel: string }
    | { type: "inject.held"; inject: string }
    | { type: "inject.released"; inject: string }
    /** A held inject's moment came; it waits for release. */
    | { type: "inject.due"; inject: string }
    | { type: "inject.skipped"; inject: string }
    | { type: "attacker.scheduled"; step: string; for: SimMinutes }
    | { type: "attacker.step"; step: string; title: string }
    | { type: "attacker.skipped"; step: string; title: string; reason: string }
    /** A fact came to exist (its attacker step ran); it can now be discovered. */
    | { type: "fact.appeared"; fact: string }
    | { type: "fact.discovered"; fact: string; via: string }
    | { type: "fact.lost"; fact: string; reason: string }
    | { type: "state.changed"; subject: string; kind: StateSubjectKind; from: string; to: string }
    | { type: "credential.compromised"; credential: string }
    | { type: "instance.isolated"; instance: string }
    | { type: "image.taken"; instance: string; disks: string[]; readOnly: boolean; offsite: boolean }
    | { type: "ip.blocked"; ip: string }
    /** The running instance's memory was captured (forensic analysis can read it). */
    | { type: "memory.captured"; instance: string }
    /** The team found a log source already destroyed. */
    | { type: "log-source.found-destroyed"; logSource: string }
    | { type: "codename.set"; codename: string }
    | { type: "call.started"; title?: string }
    | { type: "room.created"; name: string; topic?: string; platform?: string }
    | { type: "task.assigned"; task: string; role: RoleId }
    | { type: "foothold.opened"; foothold: string }
    | { type: "foothold.closed"; foothold: string; by: string }
    | { type: "flag.set"; flag: string }
    | {
        type: "message.sent";
        channel: string;
        channelKind: string;
        to: string[];
        subject?: string;
        body: string;
        encrypted: boolean;
        /** Recipients outside the response team at the time of sending. */
        outsiders: string[];
        broad: boolean;
      }
    | { type: "leak"; to: string[]; channel: string; via: number }
    | { type: "statement.published"; title: string; body: string; by?: RoleId }
    | { type: "team.joined"; person: string; to: "call" | "room" | "page" }
    | { type: "evidence.destroyed"; subject: string; reason: string }
    | { type: "exfiltration"; dataStore: string; dataClasses: string[]; amount: string }
    | { type: "observation"; text: string; by?: RoleId; logRef?: number }
    | {
        type: "finding.overridden";
        rule: RuleId;
        outcome: Outcome;
        credit?: number;
        rationale: string;
        by?: RoleId;
      }
    | { type: "discussion.answered"; module: string; question: number; answer: string; by?: RoleId }
    | { type: "hotwash.answered"; question: number; answer: string; by?: RoleId }
    | { type: "adjudicated"; text: string; rule?: RuleId; by?: RoleId }
    | { type: "module.started"; module: string }
    /** A response move broke a business service (its cause is the move); `softened` when its softening held. */
    | {
        type: "business.impacted";
        impact: string;
        service: string;
        severity: ImpactSeverity;
        softened: boolean;
        recoversAt: SimMinutes;
      }
    /** The team softened an impact while it lasted (a freeze announced, a notice sent). */
    | { type: "business.softened"; impact: string }
    | { type: "business.recovered"; impact: string; service: string }
    | { type: "clock.paused" }
    | { type: "clock.resumed" }
  );

export type StateSubjectKind =
  | "instance"
  | "credential"
  | "code-path"
  | "service"
  | "provider"
  | "autoscaling-group"
  | "log-source";

export type LogEntryType = LogEntry["type"];

/** The log entry of the given type, narrowed. */
export type LogEntryOf<T extends LogEntryType> = Extract<LogEntry, { type: T }>;

import type { ActionType, PlayerAction } from "../../engine/actions";
import type { LogEntry, LogEntryOf, LogEntryType } from "../../engine/log";
import type { OrganisationProfile } from "../../engine/organisation";
import type { Person, ScenarioDefinition } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import { advanceWorld, cloneWorld, type DerivedWorld, deriveWorld, initialWorld } from "./deriveWorld";

/** A completed action narrowed to its type, with the moment the player submitted it. */
export type Completed<A extends ActionType = ActionType> = LogEntryOf<"action.completed"> & {
  action: Extract<PlayerAction, { type: A }>;
  /** Sim minute the action was accepted (when the player decided). */
  decidedAt: SimMinutes;
};

/** Everything a rule reads: the scenario, the log indexed by type, and the world reconstructed from the log. */
export interface ScoringContext {
  scenario: ScenarioDefinition;
  profile: OrganisationProfile;
  log: readonly LogEntry[];
  /** Sim minute the drill ended (drill.ended, else the last entry). */
  endAt: SimMinutes;
  patientZero?: string;
  entries<T extends LogEntryType>(type: T): LogEntryOf<T>[];
  completed<A extends ActionType>(...types: A[]): Completed<A>[];
  accepted<A extends ActionType>(
    ...types: A[]
  ): (LogEntryOf<"action.accepted"> & { action: Extract<PlayerAction, { type: A }> })[];
  /** The world at the end of the log. */
  end: DerivedWorld;
  /** The world just after log entry `seq`. */
  worldAfter(seq: number): DerivedWorld;
  /** The world at sim minute `at` (every entry with at ≤ `at` applied). */
  worldAt(at: SimMinutes): DerivedWorld;
  person(id: string): Person | undefined;
}

/** Indexes a drill log for the rules; pure and cheap (worlds at a moment are replayed on demand and cached). */
export function buildContext(scenario: ScenarioDefinition, log: readonly LogEntry[]): ScoringContext {
  const byType = new Map<LogEntryType, LogEntry[]>();
  for (const entry of log) {
    const list = byType.get(entry.type) ?? [];
    list.push(entry);
    byType.set(entry.type, list);
  }
  const entries = <T extends LogEntryType>(type: T) => (byType.get(type) ?? []) as LogEntryOf<T>[];
  const acceptedBySeq = new Map(entries("action.accepted").map((entry) => [entry.seq, entry]));
  const completedAll: Completed[] = entries("action.completed").map((entry) => ({
    ...entry,
    decidedAt: acceptedBySeq.get(entry.acceptedSeq)?.at ?? entry.at,
  }));
  const ended = entries("drill.ended")[0];
  const endAt = ended?.at ?? log[log.length - 1]?.at ?? 0;
  const cache = new Map<number, DerivedWorld>();
  // why: rules ask for worlds at increasing moments, so keep a cursor and advance a copy instead of replaying.
  let cursor = { world: initialWorld(scenario), next: 0, seq: -1 };
  const worldAfter = (seq: number) => {
    const cached = cache.get(seq);
    if (cached) return cached;
    if (seq < cursor.seq) cursor = { world: initialWorld(scenario), next: 0, seq: -1 };
    const world = cloneWorld(cursor.world);
    const next = advanceWorld(world, scenario, log, cursor.next, seq);
    cursor = { world, next, seq };
    cache.set(seq, world);
    return world;
  };
  const people = new Map(scenario.world.people.map((person) => [person.id, person]));
  const patientZero = entries("drill.started")[0]?.patientZero;
  return {
    scenario,
    profile: scenario.organisation,
    log,
    endAt,
    ...(patientZero !== undefined ? { patientZero } : {}),
    entries,
    completed: <A extends ActionType>(...types: A[]) =>
      completedAll.filter(
        (entry) => types.length === 0 || (types as ActionType[]).includes(entry.action.type),
      ) as Completed<A>[],
    accepted: <A extends ActionType>(...types: A[]) =>
      entries("action.accepted").filter(
        (entry) => types.length === 0 || (types as ActionType[]).includes(entry.action.type),
      ) as (LogEntryOf<"action.accepted"> & {
        action: Extract<PlayerAction, { type: A }>;
      })[],
    end: deriveWorld(scenario, log),
    worldAfter,
    worldAt: (at: SimMinutes) => {
      let last = -1;
      for (const entry of log) {
        if (entry.at > at) break;
        last = entry.seq;
      }
      return worldAfter(last);
    },
    person: (id: string) => people.get(id),
  };
}

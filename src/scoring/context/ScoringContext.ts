import type { ActionType, PlayerAction } from "../../engine/actions";
import type { LogEntry, LogEntryOf, LogEntryType } from "../../engine/log";
import type { OrganisationProfile } from "../../engine/organisation";
import type { Person, ScenarioDefinition } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import { evolve } from "../../engine/world/evolve";
import { copyWorld, initialWorldOf } from "../../engine/world/foldLog";
import type { WorldModel } from "../../engine/world/worldState";

/** A completed action narrowed to its type, with the moment the player submitted it. */
export type Completed<A extends ActionType = ActionType> = LogEntryOf<"action.completed"> & {
  action: Extract<PlayerAction, { type: A }>;
  /** Sim minute the action was accepted (when the player decided). */
  decidedAt: SimMinutes;
};

/** A moment of the drill: a log entry and its sim minute. */
export interface Moment {
  at: SimMinutes;
  seq: number;
}

/**
 * Everything a rule reads: the scenario, the log indexed by type, and the engine's own world folded from the log —
 * at the end, after any entry, or scanned for the first moment something held.
 */
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
  end: WorldModel;
  /** The world just after log entry `seq` (a copy the caller may keep). */
  worldAfter(seq: number): WorldModel;
  /** The world at sim minute `at` (every entry with at ≤ `at` applied). */
  worldAt(at: SimMinutes): WorldModel;
  /**
   * The first entry (at or after `fromSeq`, of one of `types` when given) after which `holds` is true of the world;
   * one pass over the log, no copies.
   */
  firstMoment(
    holds: (world: WorldModel) => boolean,
    options?: { fromSeq?: number; types?: ReadonlySet<LogEntryType> },
  ): Moment | undefined;
  /** `read` of the world just after each of the given entries, in one pass over the log. */
  worldsAfter<T>(seqs: readonly number[], read: (world: WorldModel) => T): Map<number, T>;
  person(id: string): Person | undefined;
}

/** Indexes a drill log for the rules; pure, and linear in the log for every question it answers. */
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
  const fresh = () => initialWorldOf(scenario, log);
  const end = fresh();
  for (const entry of log) evolve(end, entry);
  const snapshots = new Map<number, WorldModel>();
  const worldsAfter = <T>(seqs: readonly number[], read: (world: WorldModel) => T): Map<number, T> => {
    const wanted = new Set(seqs);
    const out = new Map<number, T>();
    const world = fresh();
    if (wanted.has(-1)) out.set(-1, read(world));
    for (const entry of log) {
      if (out.size === wanted.size) break;
      evolve(world, entry);
      if (wanted.has(entry.seq)) out.set(entry.seq, read(world));
    }
    return out;
  };
  const worldAfter = (seq: number) => {
    const cached = snapshots.get(seq);
    if (cached) return cached;
    const world = worldsAfter([seq], copyWorld).get(seq) ?? copyWorld(end);
    snapshots.set(seq, world);
    return world;
  };
  const people = new Map(scenario.world.people.map((person) => [person.id, person]));
  // why: rules ask for the same action types again and again (per message, per statement); filter once per set.
  const completedByTypes = new Map<string, Completed[]>();
  const acceptedByTypes = new Map<string, LogEntryOf<"action.accepted">[]>();
  const memo = <T>(
    cache: Map<string, T[]>,
    types: readonly string[],
    all: () => T[],
    keep: (item: T) => boolean,
  ) => {
    const key = types.join(",");
    let found = cache.get(key);
    if (!found) {
      found = types.length === 0 ? all() : all().filter(keep);
      cache.set(key, found);
    }
    return found;
  };
  const patientZero = entries("drill.started")[0]?.patientZero;
  return {
    scenario,
    profile: scenario.organisation,
    log,
    endAt,
    ...(patientZero !== undefined ? { patientZero } : {}),
    entries,
    completed: <A extends ActionType>(...types: A[]) =>
      memo(
        completedByTypes,
        types,
        () => completedAll,
        (entry) => (types as ActionType[]).includes(entry.action.type),
      ) as Completed<A>[],
    accepted: <A extends ActionType>(...types: A[]) =>
      memo(
        acceptedByTypes,
        types,
        () => entries("action.accepted"),
        (entry) => (types as ActionType[]).includes(entry.action.type),
      ) as (LogEntryOf<"action.accepted"> & {
        action: Extract<PlayerAction, { type: A }>;
      })[],
    end,
    worldAfter,
    worldAt: (at: SimMinutes) => {
      let last = -1;
      for (const entry of log) {
        if (entry.at > at) break;
        last = entry.seq;
      }
      return worldAfter(last);
    },
    firstMoment: (holds, options = {}) => {
      const world = fresh();
      for (const entry of log) {
        evolve(world, entry);
        const from = options.fromSeq ?? 0;
        if (entry.seq < from || (entry.seq > from && options.types && !options.types.has(entry.type)))
          continue;
        if (holds(world)) return { at: entry.at, seq: entry.seq };
      }
      return undefined;
    },
    worldsAfter,
    person: (id: string) => people.get(id),
  };
}

import type { LogEntry } from "../log";
import type { WorldState } from "./worldState";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A log entry before the log numbers it. */
export type NewLogEntry = DistributiveOmit<LogEntry, "seq">;

/** Appends an entry to the append-only log and returns its seq. */
export function appendLog(world: WorldState, entry: NewLogEntry): number {
  const seq = world.log.length;
  world.log.push({ seq, ...entry } as LogEntry);
  return seq;
}

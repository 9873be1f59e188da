import { isControlIntent } from "../drill/isControlIntent";
import type { LogActor, LogCause, LogEntry } from "../log";
import { evolve } from "./evolve";
import type { WorldState } from "./worldState";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A log entry before the log numbers it and names its actor. */
export type NewLogEntry = DistributiveOmit<LogEntry, "seq" | "actor">;

const WORLD: LogActor = { kind: "world" };
const ATTACKER: LogActor = { kind: "attacker" };

/** Who is behind a cause: the input's person (facilitator for controls), the attacker, or the world. */
function actorOf(world: WorldState, cause: LogCause): LogActor {
  switch (cause.kind) {
    case "input": {
      const input = world.inputs[cause.input];
      if (!input) return WORLD;
      const who = {
        ...(input.by !== undefined ? { role: input.by } : {}),
        ...(input.actorName !== undefined ? { name: input.actorName } : {}),
      };
      return isControlIntent(input.intent) ? { kind: "facilitator", ...who } : { kind: "team", ...who };
    }
    case "action":
      return world.log[cause.entry]?.actor ?? WORLD;
    case "attacker":
      return ATTACKER;
    default:
      return WORLD;
  }
}

/**
 * Records a change: appends the entry to the log (numbered, with its actor — given, or the one behind its cause)
 * and applies it to the world through `evolve`, the only way the world changes. Returns the entry's seq.
 */
export function emit(world: WorldState, entry: NewLogEntry, actor?: LogActor): number {
  const seq = world.log.length;
  const full = { seq, actor: actor ?? actorOf(world, entry.cause), ...entry } as LogEntry;
  world.log.push(full);
  evolve(world, full);
  world.observer?.(world, full);
  return seq;
}

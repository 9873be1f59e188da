import { isControlIntent } from "../drill/isControlIntent";
import type { DrillInput, LogActor, LogCause, LogEntry } from "../log";
import { evolve } from "./evolve";
import type { WorldState } from "./worldState";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A log entry before the log numbers it and names its actor. */
export type NewLogEntry = DistributiveOmit<LogEntry, "seq" | "actor">;

const WORLD: LogActor = { kind: "world" };
const ATTACKER: LogActor = { kind: "attacker" };

const byInput = new WeakMap<object, LogActor>();

/** The person behind an input: the facilitator for controls, else a member of the team (one object per input). */
function inputActor(input: DrillInput): LogActor {
  let actor = byInput.get(input);
  if (!actor) {
    const who = {
      ...(input.by !== undefined ? { role: input.by } : {}),
      ...(input.actorName !== undefined ? { name: input.actorName } : {}),
    };
    actor = isControlIntent(input.intent) ? { kind: "facilitator", ...who } : { kind: "team", ...who };
    byInput.set(input, actor);
  }
  return actor;
}

/** Who is behind a cause: the input's person (facilitator for controls), the attacker, or the world. */
function actorOf(world: WorldState, cause: LogCause): LogActor {
  switch (cause.kind) {
    case "input": {
      const input = world.inputs[cause.input];
      return input ? inputActor(input) : WORLD;
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
  const full = entry as LogEntry;
  // why: numbering the entry in place spares a copy of every entry the engine writes.
  full.seq = world.log.length;
  full.actor = actor ?? actorOf(world, entry.cause);
  const seq = full.seq;
  world.log.push(full);
  evolve(world, full);
  world.observer?.(world, full);
  return seq;
}

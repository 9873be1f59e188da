import type { LogEntryType } from "../../engine/log";
import type { WorldModel } from "../../engine/world/worldState";
import type { Moment, ScoringContext } from "./ScoringContext";

const INSTANCE_CHANGES: ReadonlySet<LogEntryType> = new Set(["state.changed", "instance.isolated"]);

function holds(world: WorldModel, instance: string, wanted: "isolated" | "down" | "terminated"): boolean {
  const state = world.instances[instance];
  if (!state?.exists) return false;
  if (wanted === "isolated") return state.isolated;
  // why: S4 asks to "turn off and shutdown" the instance; a terminated one is judged by evidence.no-terminate.
  if (wanted === "down") return state.state === "shut-down";
  return state.state === "terminated";
}

/**
 * The first moment the instance was isolated (blocked from other hosts), shut down, or terminated, in the
 * engine's world as the log built it.
 */
export function firstInstanceMoment(
  ctx: ScoringContext,
  instance: string,
  wanted: "isolated" | "down" | "terminated",
): Moment | undefined {
  return ctx.firstMoment((world) => holds(world, instance, wanted), { types: INSTANCE_CHANGES });
}

import { actionTarget } from "../../engine/actions";
import type { InstanceStateName } from "../../engine/condition";
import type { SimMinutes } from "../../engine/time";
import type { ScoringContext } from "./ScoringContext";

/** The first log entry after which the instance was in the given condition. */
export interface InstanceMoment {
  at: SimMinutes;
  seq: number;
}

function relevantSeqs(ctx: ScoringContext, instance: string): number[] {
  const group = ctx.scenario.world.instances.find((candidate) => candidate.id === instance)?.autoscalingGroup;
  return ctx.log
    .filter(
      (entry) =>
        (entry.type === "action.completed" &&
          (actionTarget(entry.action) === instance ||
            (group !== undefined && actionTarget(entry.action) === group))) ||
        ((entry.type === "state.changed" || entry.type === "evidence.destroyed") &&
          entry.subject === instance),
    )
    .map((entry) => entry.seq);
}

/**
 * The first moment the instance was isolated (blocked from other hosts), shut down (or terminated), or
 * terminated, reconstructed from the log.
 */
export function firstInstanceMoment(
  ctx: ScoringContext,
  instance: string,
  wanted: "isolated" | "down" | "terminated",
): InstanceMoment | undefined {
  for (const seq of relevantSeqs(ctx, instance)) {
    const state = ctx.worldAfter(seq).instances.get(instance);
    if (!state) continue;
    // why: S4 asks to "turn off and shutdown" the instance; a terminated one is judged by evidence.no-terminate.
    const down: InstanceStateName[] = ["shut-down"];
    const hit =
      wanted === "isolated"
        ? state.isolated
        : wanted === "down"
          ? down.includes(state.state)
          : state.state === "terminated";
    if (hit) return { at: ctx.worldAfter(seq).at, seq };
  }
  return undefined;
}

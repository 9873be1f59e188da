import type { PlayerAction } from "../actions";
import { ACTION_CATALOG } from "../actions";
import type { LogCause } from "../log";
import type { RoleId } from "../organisation";
import type { SimMinutes } from "../time";
import { emit } from "../world/emit";
import { schedule } from "../world/schedule";
import type { WorldState } from "../world/worldState";
import { applyAction } from "./applyAction";
import { startOf } from "./capacity";
import { rejectionReason } from "./rejectionReason";

/** Completes an accepted action now: `action.completed`, then its effect on the world. */
export function completeAction(world: WorldState, acceptedSeq: number): void {
  const pending = world.pending.find((item) => item.seq === acceptedSeq);
  if (!pending) return;
  const { action, by } = pending;
  const entry = emit(world, {
    type: "action.completed",
    at: world.now,
    cause: { kind: "action", entry: acceptedSeq },
    action,
    ...(by !== undefined ? { by } : {}),
    acceptedSeq,
  });
  const followUp = applyAction(world, action, by, { kind: "action", entry });
  if (followUp) submitAction(world, followUp, by, world.now, { kind: "action", entry });
}

/**
 * Accepts (`action.accepted`, completing after its catalog duration) or rejects (`action.rejected` with the
 * reason) a player action submitted at `at`; never throws.
 */
export function submitAction(
  world: WorldState,
  action: PlayerAction,
  by: RoleId | undefined,
  at: SimMinutes,
  cause: LogCause,
): void {
  const reason = rejectionReason(world, action, at);
  const who = by !== undefined ? { by } : {};
  if (reason) {
    emit(world, { type: "action.rejected", at: world.now, cause, action, ...who, reason });
    return;
  }
  const duration = ACTION_CATALOG.get(action.type)?.duration ?? 0;
  // why: people are finite — a long task waits for a free pair of hands in its role.
  const startsAt = startOf(world, action.type, by);
  const completesAt = startsAt + duration;
  const seq = emit(world, {
    type: "action.accepted",
    at: world.now,
    cause,
    action,
    ...who,
    ...(startsAt > world.now ? { startsAt } : {}),
    completesAt,
  });
  if (duration === 0) completeAction(world, seq);
  else schedule(world, completesAt, "action", String(seq));
}

import type { PlayerAction } from "../actions";
import { ACTION_CATALOG, actionTarget } from "../actions";
import type { LogCause } from "../log";
import type { RoleId } from "../organisation";
import type { SimMinutes } from "../time";
import { appendLog } from "../world/appendLog";
import { schedule } from "../world/schedule";
import type { WorldState } from "../world/worldState";
import { applyAction } from "./applyAction";
import { rejectionReason } from "./rejectionReason";

/** Completes an accepted action now: `action.completed`, then its effect on the world. */
export function completeAction(world: WorldState, acceptedSeq: number): void {
  const index = world.pending.findIndex((item) => item.seq === acceptedSeq);
  if (index < 0) return;
  const [pending] = world.pending.splice(index, 1);
  if (!pending) return;
  const { action, by } = pending;
  const entry = appendLog(world, {
    type: "action.completed",
    at: world.now,
    cause: { kind: "action", entry: acceptedSeq },
    action,
    ...(by !== undefined ? { by } : {}),
    acceptedSeq,
  });
  const target = actionTarget(action);
  const done = world.completed[action.type] ?? [];
  world.completed[action.type] = done;
  done.push({
    type: action.type,
    ...(target !== undefined ? { target } : {}),
    action,
    at: world.now,
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
    appendLog(world, { type: "action.rejected", at: world.now, cause, action, ...who, reason });
    return;
  }
  const duration = ACTION_CATALOG.get(action.type)?.duration ?? 0;
  const completesAt = world.now + duration;
  const seq = appendLog(world, {
    type: "action.accepted",
    at: world.now,
    cause,
    action,
    ...who,
    completesAt,
  });
  world.pending.push({ seq, action, ...who, completesAt });
  if (duration === 0) completeAction(world, seq);
  else schedule(world, completesAt, "action", String(seq));
}

import { ACTION_CATALOG, type ActionType } from "../actions";
import type { RoleId } from "../organisation";
import type { SimMinutes } from "../time";
import type { WorldModel } from "../world/worldState";

/** The role an action without `by` is done as: the person at the keyboard. */
const AT_THE_KEYBOARD: RoleId = "player";

/** Whether the action type is a long task: it occupies a person for its whole duration. */
export function isLongTask(type: ActionType): boolean {
  return ACTION_CATALOG.get(type)?.long === true;
}

/**
 * How many long tasks a role can run at once: one per person with that role on the response team (paged or
 * invited), and at least one — the person at the keyboard.
 */
export function handsOf(world: WorldModel, role: RoleId | undefined): number {
  const wanted = role ?? AT_THE_KEYBOARD;
  const people = world.team.members.filter(
    (id) => world.scenario.world.people.find((person) => person.id === id)?.role === wanted,
  ).length;
  return Math.max(1, people);
}

/**
 * When a long task submitted now by `role` can start: now while one of the role's hands is free, else when the
 * earliest hand frees after the tasks already running or queued (first come, first served). Short tasks and
 * scenarios with unlimited capacity start now.
 */
export function startOf(world: WorldModel, type: ActionType, role: RoleId | undefined): SimMinutes {
  if (world.scenario.capacity !== "per-person" || !isLongTask(type)) return world.now;
  const who = role ?? AT_THE_KEYBOARD;
  const hands = handsOf(world, role);
  if (hands === 1) {
    // why: one pair of hands frees when the last of its tasks completes, whatever their order (a long queue is common).
    let free = world.now;
    for (const item of world.pending)
      if ((item.by ?? AT_THE_KEYBOARD) === who && isLongTask(item.action.type))
        free = Math.max(free, item.completesAt);
    return free;
  }
  const mine = world.pending
    .filter((item) => (item.by ?? AT_THE_KEYBOARD) === who && isLongTask(item.action.type))
    .sort((a, b) => (a.startsAt ?? a.completesAt) - (b.startsAt ?? b.completesAt) || a.seq - b.seq);
  const free = new Array<SimMinutes>(hands).fill(world.now);
  for (const task of mine) {
    const hand = free.indexOf(Math.min(...free));
    free[hand] = Math.max(free[hand] ?? world.now, task.completesAt);
  }
  return Math.max(world.now, Math.min(...free));
}

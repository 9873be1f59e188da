import type { LogCause } from "../log";
import { completeAction } from "../response/submitAction";
import type { SimMinutes } from "../time";
import { emit } from "../world/emit";
import { evaluateCondition } from "../world/evaluateCondition";
import { nextCheckpoint } from "../world/schedule";
import type { ScheduledEvent, WorldState } from "../world/worldState";
import { recoverImpact } from "./businessImpacts";
import { fireInject } from "./deliverInject";
import { endDrill } from "./endDrill";
import { runAttackerStep } from "./runAttackerStep";
import { settle } from "./settle";

const SCHEDULE: LogCause = { kind: "schedule" };
const VISIBLE: ReadonlySet<string> = new Set([
  "inject.delivered",
  "action.completed",
  "module.started",
  "business.recovered",
]);

function run(world: WorldState, event: ScheduledEvent): void {
  switch (event.kind) {
    case "attacker":
      runAttackerStep(world, event.id);
      return;
    case "inject":
      if (world.injects[event.id]?.status === "scheduled") fireInject(world, event.id, SCHEDULE);
      return;
    case "action":
      completeAction(world, Number(event.id));
      return;
    case "module":
      emit(world, { type: "module.started", at: world.now, cause: SCHEDULE, module: event.id });
      return;
    case "recovery":
      recoverImpact(world, event.id, SCHEDULE);
      return;
  }
}

/**
 * Moves the sim clock forward to `target` (never past the horizon), running every scheduled event and
 * time-driven rule in (time, insertion) order; the drill ends at the horizon. With `stopWhenVisible`, stops
 * once the minute in which an inject reached the inbox, an action completed or a module started is fully
 * processed.
 */
export function advanceClock(world: WorldState, target: SimMinutes, stopWhenVisible = false): void {
  const horizon = world.scenario.horizon;
  const end = Math.min(target, horizon);
  if (Number.isNaN(end)) return;
  let scanned = world.log.length;
  let visible = false;
  const seen = () => {
    if (!stopWhenVisible) return false;
    for (; scanned < world.log.length && !visible; scanned++) visible = VISIBLE.has(world.log[scanned]!.type);
    return visible;
  };
  while (world.endReason === undefined) {
    const head = world.queue[0];
    const next = Math.min(head ? head.at : Number.POSITIVE_INFINITY, nextCheckpoint(world, world.now));
    if (next > end || (next > world.now && seen())) break;
    if (next > world.now) world.now = next;
    if (head && head.at <= world.now) {
      world.queue.shift();
      run(world, head);
    }
    settle(world, SCHEDULE);
  }
  if (world.endReason !== undefined) return;
  if (end > world.now && !seen()) {
    world.now = end;
    settle(world, SCHEDULE);
  }
  if (world.now >= horizon) endDrill(world, "horizon", SCHEDULE);
}

// why: "next event" must not betray injects the players will not get (skipped, held, a contingency already moot).
function wouldShow(world: WorldState, event: ScheduledEvent): boolean {
  if (event.kind === "attacker") return false;
  if (event.kind === "recovery") return world.business[event.id]?.status === "active";
  if (event.kind !== "inject") return true;
  const state = Object.hasOwn(world.injects, event.id) ? world.injects[event.id] : undefined;
  if (state?.status !== "scheduled" || state.held) return false;
  const inject = world.scenario.injects.find((candidate) => candidate.id === event.id);
  if (inject?.unless && evaluateCondition(inject.unless, world)) return false;
  return true;
}

/** The next minute at which the players will see something: an action completing, an inject, a module, the horizon. */
export function nextVisibleAt(world: WorldState): SimMinutes {
  for (const event of world.queue)
    if (event.at > world.now && wouldShow(world, event)) return Math.min(event.at, world.scenario.horizon);
  return world.scenario.horizon;
}

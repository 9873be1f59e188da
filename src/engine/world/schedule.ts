import type { SimMinutes } from "../time";
import type { ScheduledEvent, WorldState } from "./worldState";

/** Adds an event to the queue, kept ordered by (time, insertion seq). */
export function schedule(world: WorldState, at: SimMinutes, kind: ScheduledEvent["kind"], id: string): void {
  const event: ScheduledEvent = { at, seq: world.queueSeq++, kind, id };
  const queue = world.queue;
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const other = queue[mid] as ScheduledEvent;
    if (other.at < at || (other.at === at && other.seq < event.seq)) low = mid + 1;
    else high = mid;
  }
  queue.splice(low, 0, event);
}

/** The first checkpoint strictly after `now`, or Infinity. */
export function nextCheckpoint(world: WorldState, now: SimMinutes): SimMinutes {
  const points = world.checkpoints;
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((points[mid] as number) <= now) low = mid + 1;
    else high = mid;
  }
  return low < points.length ? (points[low] as number) : Number.POSITIVE_INFINITY;
}

/** Whether `minute` is one of the world's checkpoints. */
export function isCheckpoint(world: WorldState, minute: SimMinutes): boolean {
  const points = world.checkpoints;
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((points[mid] as number) < minute) low = mid + 1;
    else high = mid;
  }
  return points[low] === minute;
}

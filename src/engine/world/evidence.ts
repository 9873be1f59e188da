import type { LogCause } from "../log";
import type { Fact, LogSource } from "../scenario";
import { appendLog } from "./appendLog";
import { closeFootholdsVia } from "./footholds";
import type { WorldState } from "./worldState";

/** The oldest minute a log source still holds (retention counts back from now, or from when it was preserved). */
export function retainedSince(world: WorldState, source: LogSource): number {
  if (source.retention === undefined) return Number.NEGATIVE_INFINITY;
  const state = world.logSources[source.id];
  const from = state?.preservedAt ?? world.now;
  return from - source.retention;
}

const sourcesByScenario = new WeakMap<object, Map<string, LogSource>>();

function logSourceOf(world: WorldState, id: string | undefined): LogSource | undefined {
  if (!id) return undefined;
  let sources = sourcesByScenario.get(world.scenario);
  if (!sources) {
    sources = new Map(world.scenario.world.logSources.map((source) => [source.id, source]));
    sourcesByScenario.set(world.scenario, sources);
  }
  return sources.get(id);
}

/** Why the log-source copy of this fact's evidence is gone, or undefined while it can still be read. */
function logRouteGone(world: WorldState, fact: Fact): string | undefined {
  const source = logSourceOf(world, fact.evidence.logSource);
  if (!source) return "no log source";
  if (world.logSources[source.id]?.status === "destroyed") return `${source.id} destroyed`;
  if (fact.occurredAt < retainedSince(world, source)) return `${source.id} retention expired`;
  return undefined;
}

/** Why the disk copy of this fact's evidence is gone, or undefined while a disk or image still holds it. */
function diskRouteGone(world: WorldState, fact: Fact): string | undefined {
  const id = fact.evidence.instance;
  const instance = id ? world.instances[id] : undefined;
  if (!id || !instance) return "no instance";
  if (instance.state !== "terminated") return undefined;
  if (instance.images.some((image) => image.at >= fact.occurredAt)) return undefined;
  return `${id} terminated without an image`;
}

/** Whether some copy of the fact's evidence survives, so an action could still reveal it. */
export function evidenceSurvives(world: WorldState, fact: Fact): boolean {
  if (!fact.evidence.logSource && !fact.evidence.instance) return true;
  return (
    (!!fact.evidence.logSource && !logRouteGone(world, fact)) ||
    (!!fact.evidence.instance && !diskRouteGone(world, fact))
  );
}

/** Marks as lost every hidden fact whose evidence no longer exists anywhere (`fact.lost` with the reason). */
export function loseUnreachableFacts(world: WorldState, cause: LogCause): void {
  for (const fact of world.scenario.facts) {
    const state = world.facts[fact.id];
    if (!state?.exists || state.status !== "hidden" || evidenceSurvives(world, fact)) continue;
    state.status = "lost";
    const reasons = [
      fact.evidence.logSource ? logRouteGone(world, fact) : undefined,
      fact.evidence.instance ? diskRouteGone(world, fact) : undefined,
    ].filter((reason): reason is string => !!reason);
    appendLog(world, { type: "fact.lost", at: world.now, cause, fact: fact.id, reason: reasons.join("; ") });
  }
}

/** Destroys a log source unless it was preserved; returns whether it was destroyed now. */
export function destroyLogSource(world: WorldState, id: string, reason: string, cause: LogCause): boolean {
  const state = world.logSources[id];
  if (state?.status !== "intact") return false;
  state.status = "destroyed";
  appendLog(world, {
    type: "state.changed",
    at: world.now,
    cause,
    subject: id,
    kind: "log-source",
    from: "intact",
    to: "destroyed",
  });
  appendLog(world, { type: "evidence.destroyed", at: world.now, cause, subject: id, reason });
  return true;
}

/**
 * Terminates an instance: its disks, the log sources living on it and the facts whose only evidence was there
 * are gone; footholds through it close. Returns whether it was running before.
 */
export function terminateInstance(world: WorldState, id: string, reason: string, cause: LogCause): boolean {
  const state = world.instances[id];
  if (!state?.exists || state.state === "terminated") return false;
  const from = state.state;
  state.state = "terminated";
  appendLog(world, {
    type: "state.changed",
    at: world.now,
    cause,
    subject: id,
    kind: "instance",
    from,
    to: "terminated",
  });
  appendLog(world, { type: "evidence.destroyed", at: world.now, cause, subject: id, reason });
  for (const source of world.scenario.world.logSources)
    if (source.livesOn === id) {
      if (destroyLogSource(world, source.id, `lived on ${id}: ${reason}`, cause))
        world.logSources[source.id]!.knownDestroyed = true;
    }
  closeFootholdsVia(world, id, "terminate-instance", cause);
  loseUnreachableFacts(world, cause);
  return true;
}

import type { LogActor, LogCause } from "../log";
import type { Fact, LogSource } from "../scenario";
import { emit } from "./emit";
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
    const reasons = [
      fact.evidence.logSource ? logRouteGone(world, fact) : undefined,
      fact.evidence.instance ? diskRouteGone(world, fact) : undefined,
    ].filter((reason): reason is string => !!reason);
    emit(world, { type: "fact.lost", at: world.now, cause, fact: fact.id, reason: reasons.join("; ") });
  }
}

/** Destroys a log source unless it was preserved; returns whether it was destroyed now. */
export function destroyLogSource(
  world: WorldState,
  id: string,
  reason: string,
  cause: LogCause,
  actor?: LogActor,
): boolean {
  const state = world.logSources[id];
  if (state?.status !== "intact") return false;
  emit(
    world,
    {
      type: "state.changed",
      at: world.now,
      cause,
      subject: id,
      kind: "log-source",
      from: "intact",
      to: "destroyed",
    },
    actor,
  );
  emit(world, { type: "evidence.destroyed", at: world.now, cause, subject: id, reason }, actor);
  return true;
}

/**
 * Terminates an instance: its disks, the log sources living on it and the facts whose only evidence was there
 * are gone; footholds through it close. Returns whether it was running before.
 */
export function terminateInstance(
  world: WorldState,
  id: string,
  reason: string,
  cause: LogCause,
  actor?: LogActor,
): boolean {
  const state = world.instances[id];
  if (!state?.exists || state.state === "terminated") return false;
  const from = state.state;
  const by = { at: world.now, cause };
  emit(world, { type: "state.changed", ...by, subject: id, kind: "instance", from, to: "terminated" }, actor);
  emit(world, { type: "evidence.destroyed", ...by, subject: id, reason }, actor);
  for (const source of world.scenario.world.logSources)
    if (
      source.livesOn === id &&
      destroyLogSource(world, source.id, `lived on ${id}: ${reason}`, cause, actor)
    )
      // why: a log source that lived on a terminated instance is visibly gone with it.
      emit(world, { type: "log-source.found-destroyed", ...by, logSource: source.id }, actor);
  closeFootholdsVia(world, id, "terminate-instance", cause);
  loseUnreachableFacts(world, cause);
  return true;
}

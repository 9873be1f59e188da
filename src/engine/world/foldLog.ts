import type { LogEntry } from "../log";
import type { ScenarioDefinition } from "../scenario";
import { createWorld } from "./createWorld";
import { evolve } from "./evolve";
import type { WorldModel } from "./worldState";

/** The world a drill log starts from: the scenario's world drawn with the seed its `drill.started` names. */
export function initialWorldOf(scenario: ScenarioDefinition, log: readonly LogEntry[]): WorldModel {
  const started = log.find((entry) => entry.type === "drill.started");
  return createWorld(scenario, started?.type === "drill.started" ? started.seed : "");
}

/**
 * The world after the log's entries up to and including `uptoSeq` (default: all): a fold of `evolve` over the
 * log, which is how the engine itself built it.
 */
export function foldLog(
  scenario: ScenarioDefinition,
  log: readonly LogEntry[],
  uptoSeq?: number,
): WorldModel {
  const world = initialWorldOf(scenario, log);
  for (const entry of log) {
    if (uptoSeq !== undefined && entry.seq > uptoSeq) break;
    evolve(world, entry);
  }
  return world;
}

/** A deep copy of a world (sharing the immutable scenario) that later entries can evolve without touching this one. */
export function copyWorld(world: WorldModel): WorldModel {
  const { scenario, ...rest } = world;
  return { ...structuredClone(rest), scenario };
}

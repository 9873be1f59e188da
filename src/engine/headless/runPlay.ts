import type { DrillInput, LogEntry } from "../log";
import type { PlayerView } from "../playerView";
import type { ScenarioDefinition } from "../scenario";
import type { DrillPhaseName, WorldState } from "../world/worldState";
import { hashLog } from "./hashLog";
import { replay } from "./replay";

/** The part of a compiled play script the engine needs. */
export interface PlayInputs {
  seed?: string;
  inputs: readonly DrillInput[];
}

export interface PlayResult {
  seed: string;
  log: readonly LogEntry[];
  state: WorldState;
  phase: DrillPhaseName;
  view: PlayerView;
  /** The inputs as recorded, including the final advance to the horizon when the play did not end the drill. */
  inputs: readonly DrillInput[];
  hash: string;
}

/** The seed a play runs with when neither the play nor the caller names one. */
export const DEFAULT_SEED = "1";

/** Runs a play headless: its inputs in order, then (if it did not end the drill) the clock to the horizon. */
export function runPlay(scenario: ScenarioDefinition, play: PlayInputs, seedOverride?: string): PlayResult {
  const seed = seedOverride ?? play.seed ?? DEFAULT_SEED;
  const result = replay(scenario, seed, play.inputs, { toHorizon: true });
  return {
    seed,
    log: result.log,
    state: result.state,
    phase: result.phase,
    view: result.view,
    inputs: [...result.state.inputs],
    hash: hashLog(result.log),
  };
}

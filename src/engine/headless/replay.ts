import { createActor } from "xstate";
import { drillMachine } from "../drill/drillMachine";
import type { DrillInput, LogEntry } from "../log";
import type { PlayerView } from "../playerView";
import { projectPlayerView } from "../projectPlayerView";
import type { ScenarioDefinition } from "../scenario";
import type { WorldState } from "../world/worldState";
import { eventForInput } from "./eventForInput";

export interface ReplayResult {
  log: readonly LogEntry[];
  state: WorldState;
  view: PlayerView;
}

/**
 * Rebuilds a drill from its scenario, seed and recorded inputs: started, then every input in order. With
 * `toHorizon`, a drill the inputs left running is resumed and played on to its horizon (recorded as inputs).
 */
export function replay(
  scenario: ScenarioDefinition,
  seed: string,
  inputs: readonly DrillInput[],
  options: { toHorizon?: boolean } = {},
): ReplayResult {
  const actor = createActor(drillMachine, { input: { scenario, seed } });
  actor.start();
  actor.send({ type: "drill.start" });
  for (const input of inputs) actor.send(eventForInput(input));
  if (options.toHorizon && actor.getSnapshot().context.world.phase !== "debrief") {
    const now = actor.getSnapshot().context.world.now;
    actor.send({ type: "drill.resume", at: now });
    actor.send({ type: "clock.advance", to: scenario.horizon });
  }
  const state = actor.getSnapshot().context.world;
  actor.stop();
  return { log: state.log, state, view: projectPlayerView(state) };
}

import { startDrillActor } from "../drill/drillActor";
import type { DrillInput, LogEntry } from "../log";
import type { PlayerView } from "../playerView";
import { projectPlayerView } from "../projectPlayerView";
import type { ScenarioDefinition } from "../scenario";
import type { DrillPhaseName, WorldState } from "../world/worldState";

export interface ReplayResult {
  log: readonly LogEntry[];
  state: WorldState;
  phase: DrillPhaseName;
  /** The players' view of the end state (projected when first read: most replays only need the log). */
  readonly view: PlayerView;
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
  const drill = startDrillActor(scenario, seed);
  drill.start();
  for (const input of inputs) drill.input(input);
  if (options.toHorizon && drill.phase() !== "debrief") {
    const now = drill.world().now;
    drill.input({ at: now, intent: { type: "drill.resume" } });
    drill.input({ at: scenario.horizon, intent: { type: "clock.advance" } });
  }
  const state = drill.world();
  const phase = drill.phase();
  drill.stop();
  let view: PlayerView | undefined;
  return {
    log: state.log,
    state,
    phase,
    get view() {
      view ??= projectPlayerView(state, phase);
      return view;
    },
  };
}

import type { DrillInput, LogEntry } from "../../engine/log";
import type { DrillPort } from "../../engine/playerView";
import type { ScenarioDefinition } from "../../engine/scenario";

/** The engine surface a facilitated session needs; the composition root passes the engine's functions. */
export interface SessionServices {
  /** A drill of the scenario, replaying `inputs` when given (event sourcing). */
  createDrill(scenario: ScenarioDefinition, seed: string, inputs?: readonly DrillInput[]): DrillPort;
  /** The full event log of the drill as it stands (controller-only: it never reaches the display). */
  logOf(drill: DrillPort, scenario: ScenarioDefinition, seed: string): readonly LogEntry[];
}

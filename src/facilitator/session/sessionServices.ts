import type { DrillInput } from "../../engine/log";
import type { DrillPort } from "../../engine/playerView";
import type { ScenarioDefinition } from "../../engine/scenario";

/** The engine surface a facilitated session needs; the composition root passes the engine's functions. */
export interface SessionServices {
  /** A drill of the scenario, replaying `inputs` when given (event sourcing); its port holds the drill's own log. */
  createDrill(scenario: ScenarioDefinition, seed: string, inputs?: readonly DrillInput[]): DrillPort;
}

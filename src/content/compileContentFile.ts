import type { ScenarioDefinition } from "../engine/scenario";
import type { CompiledPlay } from "./compiledPlay";
import { compilePlay, type PlayLookup, type ScenarioLookup } from "./compilePlay";
import { compileScenario } from "./compileScenario";
import type { ContentResult } from "./diagnostic";

export type CompiledContent =
  | { kind: "scenario"; scenario: ScenarioDefinition }
  | { kind: "play"; play: CompiledPlay };

/** True for play scripts (`<scenario>.<name>.play.yaml`), false for scenario files. */
export function isPlayFile(file: string): boolean {
  return /\.play\.ya?ml$/.test(file);
}

/** Compiles a scenario or a play script, chosen by the file name (a play's `extends:` read through `plays`); never throws. */
export function compileContentFile(
  source: string,
  file: string,
  lookup: ScenarioLookup,
  plays?: PlayLookup,
): ContentResult<CompiledContent> {
  if (isPlayFile(file)) {
    const result = compilePlay(source, file, lookup, plays);
    return result.ok ? { ...result, value: { kind: "play", play: result.value } } : result;
  }
  const result = compileScenario(source, file);
  return result.ok ? { ...result, value: { kind: "scenario", scenario: result.value } } : result;
}

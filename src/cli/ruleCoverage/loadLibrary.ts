import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CompiledPlay } from "../../content/compiledPlay";
import type { ScenarioDefinition } from "../../engine/scenario";
import { loadPlay, loadScenario } from "../commands/drillFiles";
import { compareText } from "./compareText";

/** One shipped scenario and every play script written for it. */
export interface LibraryScenario {
  scenario: ScenarioDefinition;
  plays: CompiledPlay[];
}

/**
 * Compiles every scenario `<id>.yaml` in `folder` and every `<id>.<name>.play.yaml` beside it, sorted by id and
 * play name; throws ContentError on the first file with errors.
 */
export function loadLibrary(folder: string, cwd: string): LibraryScenario[] {
  const files = readdirSync(resolve(cwd, folder)).sort();
  const scenarioFiles = files.filter((name) => /\.ya?ml$/.test(name) && !/\.play\.ya?ml$/.test(name));
  return scenarioFiles
    .map((file) => {
      const scenario = loadScenario(join(folder, file), cwd);
      const plays = files
        .filter((name) => /\.play\.ya?ml$/.test(name) && name.startsWith(`${scenario.id}.`))
        .map((name) => loadPlay(join(folder, name), cwd, scenario))
        .filter((play) => play.scenario === scenario.id)
        .sort((a, b) => compareText(a.name, b.name));
      return { scenario, plays };
    })
    .sort((a, b) => compareText(a.scenario.id, b.scenario.id));
}

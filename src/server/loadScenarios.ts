import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileScenario } from "../content/compileScenario";
import type { ScenarioDefinition } from "../engine/scenario";

/** Every scenario file in `dir` that compiles without errors (plays skipped); a broken one is reported and left out. */
export function loadScenarios(dir: string, warn: (line: string) => void = () => {}): ScenarioDefinition[] {
  const scenarios: ScenarioDefinition[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/^[a-z0-9-]+\.yaml$/.test(name)) continue;
    const compiled = compileScenario(readFileSync(join(dir, name), "utf8"), name);
    if (compiled.ok) scenarios.push(compiled.value);
    else warn(`${name}: does not compile (run hotwash check ${name}); not served`);
  }
  return scenarios;
}

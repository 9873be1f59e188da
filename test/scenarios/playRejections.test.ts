import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { LogEntryOf } from "../../src/engine/log";
import type { ScenarioDefinition } from "../../src/engine/scenario";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

/**
 * Rejections a play means to show, by play file, as "action-type: reason". A play listed here says why in its
 * description; every other rejection is a mistake in the play.
 */
const INTENDED_REJECTIONS: Record<string, string[]> = {};

const scenarios = new Map<string, ScenarioDefinition>();
function scenarioOf(id: string): ScenarioDefinition | undefined {
  if (!scenarios.has(id)) {
    const result = compileScenario(readFileSync(join(SCENARIOS, `${id}.yaml`), "utf8"), `${id}.yaml`);
    if (result.ok) scenarios.set(id, result.value);
  }
  return scenarios.get(id);
}

const playFiles = readdirSync(SCENARIOS)
  .filter((file) => file.endsWith(".play.yaml"))
  .sort();

describe("every shipped play does what it says", () => {
  it.each(playFiles)("%s has only the rejections it means to show", (file) => {
    const id = file.split(".")[0] ?? "";
    const scenario = scenarioOf(id);
    const compiled = compilePlay(readFileSync(join(SCENARIOS, file), "utf8"), file, () =>
      scenario ? { status: "found", scenario } : { status: "missing" },
    );
    if (!compiled.ok) throw new Error(`${file} does not compile`);
    const rejected = runPlay(scenario as ScenarioDefinition, compiled.value)
      .log.filter((entry): entry is LogEntryOf<"action.rejected"> => entry.type === "action.rejected")
      .map((entry) => `${entry.action.type}: ${entry.reason}`);
    expect(rejected).toEqual(INTENDED_REJECTIONS[file] ?? []);
  });
});

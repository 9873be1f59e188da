import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import { randomPlaythrough } from "../../src/engine/headless/simulate";
import { shippedPlays } from "../support/shippedPlays";
import { controllerLeaks } from "./viewSecrets";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");
const files = readdirSync(SCENARIOS).sort();
const scenarios = files
  .filter((name) => /^[a-z0-9-]+\.yaml$/.test(name))
  .map((name) => ({ name, compiled: compileScenario(readFileSync(join(SCENARIOS, name), "utf8"), name) }));

describe.each(scenarios)("the engine on $name", ({ name, compiled }) => {
  it("compiles", () => {
    expect(compiled.ok ? [] : compiled.diagnostics.map((found) => found.message)).toEqual([]);
  });
  if (!compiled.ok) return;
  const scenario = compiled.value;
  const plays = files.filter((file) => file.startsWith(`${scenario.id}.`) && file.endsWith(".play.yaml"));

  it.each(plays)("%s plays the same twice and shows players nothing controller-only", (file) => {
    const play = compilePlay(
      readFileSync(join(SCENARIOS, file), "utf8"),
      file,
      (id) => (id === scenario.id ? { status: "found", scenario } : { status: "missing" }),
      shippedPlays,
    );
    expect(play.ok).toBe(true);
    if (!play.ok) return;
    const first = runPlay(scenario, play.value);
    const second = runPlay(scenario, play.value);
    expect(second.hash).toBe(first.hash);
    expect(first.phase).toBe("debrief");
    expect(controllerLeaks(first.view, scenario)).toEqual({ strings: [], keys: [] });
  });

  it(`survives random playthroughs (${name})`, () => {
    for (let run = 0; run < 15; run++)
      expect(() => randomPlaythrough(scenario, `shipped-${run}`)).not.toThrow();
  }, 60_000);
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { writePlayFile } from "../../src/content/writePlayFile";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { shippedPlays } from "../support/shippedPlays";
import { SCENARIOS } from "./support/fixtures";

function scenarioOf(id: string): ScenarioDefinition {
  const compiled = compileScenario(readFileSync(join(SCENARIOS, `${id}.yaml`), "utf8"), `${id}.yaml`);
  if (!compiled.ok) throw new Error(`${id} does not compile`);
  return compiled.value;
}

function compileFor(scenario: ScenarioDefinition, text: string, name: string) {
  return compilePlay(text, `${scenario.id}.${name}.play.yaml`, (id) =>
    id === scenario.id ? { status: "found", scenario } : { status: "missing" },
  );
}

describe("a drill written as a play script", () => {
  it.each(["borrowed-keys", "inside-voice"])(
    "replays %s's expert drill to the same actions and score, with no diagnostics",
    (id) => {
      const scenario = scenarioOf(id);
      const expert = compilePlay(
        readFileSync(join(SCENARIOS, `${id}.expert.play.yaml`), "utf8"),
        `${id}.expert.play.yaml`,
        () => ({ status: "found", scenario }),
        shippedPlays,
      );
      if (!expert.ok) throw new Error("the expert play does not compile");
      const played = runPlay(scenario, expert.value);
      const text = writePlayFile({
        scenario: id,
        name: "my-drill",
        description: "Exported",
        seed: played.seed,
        inputs: played.inputs,
      });
      const again = compileFor(scenario, text, "my-drill");
      expect(again.diagnostics).toEqual([]);
      if (!again.ok) return;
      expect(again.value.inputs).toEqual(expert.value.inputs);
      const replayed = runPlay(scenario, again.value);
      expect(replayed.hash).toBe(played.hash);
      expect(scoreDrill(scenario, replayed.log).total).toBe(scoreDrill(scenario, played.log).total);
    },
  );

  it("quotes texts YAML would cut short, and writes times as T+ with investigate windows", () => {
    const scenario = scenarioOf("borrowed-keys");
    const body = "#eng-ops: rotate for all 18,400 users, then: report # 2";
    const text = writePlayFile({
      scenario: "borrowed-keys",
      name: "my-drill",
      description: "a: b # c",
      seed: "12",
      inputs: [
        { at: 2, by: "incident-commander", intent: { type: "page-ic" } },
        { at: 3, intent: { type: "clock.advance" } },
        { at: 90, actorName: "Priya", intent: { type: "note", text: body } },
        {
          at: 1500,
          intent: { type: "investigate", logSource: "cloudtrail", from: -4320, to: 0 },
        },
      ],
    });
    expect(text).toContain("  - at: T+1:30\n");
    expect(text).toContain("    from: T-3d\n");
    expect(text).toContain("  - at: T+1d 01:00\n");
    const compiled = compileFor(scenario, text, "my-drill");
    expect(compiled.diagnostics).toEqual([]);
    if (!compiled.ok) return;
    expect(compiled.value.description).toBe("a: b # c");
    expect(compiled.value.seed).toBe("12");
    expect(compiled.value.inputs).toEqual([
      { at: 2, by: "incident-commander", intent: { type: "page-ic" } },
      { at: 90, actorName: "Priya", intent: { type: "note", text: body } },
      { at: 1500, intent: { type: "investigate", logSource: "cloudtrail", from: -4320, to: 0 } },
    ]);
  });
});

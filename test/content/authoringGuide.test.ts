import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { DIAGNOSTIC_CODES } from "../../src/content/diagnosticCodes";
import { CONTROL_FORMS, PLAYER_ACTION_FORMS } from "../../src/content/shape/actionShape";
import { CONDITION } from "../../src/content/shape/conditionShape";
import { SCENARIO_SHAPE } from "../../src/content/shape/scenarioShape";

const guide = readFileSync(join(import.meta.dirname, "../../docs/authoring-scenarios.md"), "utf8");
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const scenarioExample = yamlBlocks.find((block) =>
  block.startsWith("# yaml-language-server: $schema=./scenario"),
);
const [playExample, extendingExample] = yamlBlocks.filter((block) =>
  block.startsWith("# yaml-language-server: $schema=./play"),
);

describe("the authoring guide", () => {
  it("has a complete example scenario that compiles with no diagnostics", () => {
    const result = compileScenario(scenarioExample ?? "", "quiet-pipeline.yaml");
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has an example play that compiles against that scenario with no diagnostics", () => {
    const scenario = compileScenario(scenarioExample ?? "", "quiet-pipeline.yaml");
    if (!scenario.ok) throw new Error("the example scenario does not compile");
    const result = compilePlay(playExample ?? "", "quiet-pipeline.expert.play.yaml", () => ({
      status: "found",
      scenario: scenario.value,
    }));
    expect(result.diagnostics).toEqual([]);
  });

  it("has an example play that extends the example play, which compiles to its edits", () => {
    const scenario = compileScenario(scenarioExample ?? "", "quiet-pipeline.yaml");
    if (!scenario.ok) throw new Error("the example scenario does not compile");
    const result = compilePlay(
      extendingExample ?? "",
      "quiet-pipeline.terminate.play.yaml",
      () => ({ status: "found", scenario: scenario.value }),
      (_scenario, name) =>
        name === "expert"
          ? { source: playExample ?? "", file: "quiet-pipeline.expert.play.yaml" }
          : undefined,
    );
    expect(result.diagnostics).toEqual([]);
    const steps = result.ok ? result.value.inputs.map((input) => input.intent) : [];
    expect(steps).toContainEqual({ type: "reply", inject: "alert", option: "terminate" });
    expect(steps).not.toContainEqual(expect.objectContaining({ type: "image-disk" }));
  });

  it.each(Object.entries(DIAGNOSTIC_CODES))("explains %s with its fix", (code, info) => {
    const row = guide
      .split("\n")
      .find((line) => line.includes(`\`${code}\``) && line.includes(info.fix.replace(/\|/g, "\\|")));
    expect(row).toBeDefined();
  });

  it("lists every player action, control step and condition form", () => {
    for (const type of [...Object.keys(PLAYER_ACTION_FORMS), ...Object.keys(CONTROL_FORMS)]) {
      expect(guide).toContain(`| \`${type}\` |`);
    }
    const forms = CONDITION.kind === "keyed" ? Object.keys(CONDITION.forms) : [];
    for (const form of forms) expect(guide).toContain(`| \`${form}\` |`);
  });

  it("documents every top-level scenario key", () => {
    const keys = SCENARIO_SHAPE.kind === "object" ? Object.keys(SCENARIO_SHAPE.fields) : [];
    for (const key of keys) expect(guide).toContain(`| \`${key}\` |`);
  });
});

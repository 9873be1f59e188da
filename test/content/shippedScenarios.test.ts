import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay, type ScenarioLookup } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { shippedPlays } from "../support/shippedPlays";
import { SCENARIOS } from "./support/fixtures";

const files = readdirSync(SCENARIOS).filter((name) => name.endsWith(".yaml"));
const scenarioFiles = files.filter((name) => !name.endsWith(".play.yaml"));
const playFiles = files.filter((name) => name.endsWith(".play.yaml"));

const lookup: ScenarioLookup = (id) => {
  const path = join(SCENARIOS, `${id}.yaml`);
  if (!existsSync(path)) return { status: "missing" };
  const result = compileScenario(readFileSync(path, "utf8"), `${id}.yaml`);
  return result.ok ? { status: "found", scenario: result.value } : { status: "invalid" };
};

describe("the shipped scenarios", () => {
  it("include Borrowed Keys, and it compiles clean", () => {
    const result = compileScenario(
      readFileSync(join(SCENARIOS, "borrowed-keys.yaml"), "utf8"),
      "borrowed-keys.yaml",
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.value.id).toBe("borrowed-keys");
  });

  it.each(scenarioFiles)("%s compiles without errors or warnings", (file) => {
    const result = compileScenario(readFileSync(join(SCENARIOS, file), "utf8"), file);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(playFiles)("%s compiles against its scenario without errors or warnings", (file) => {
    const result = compilePlay(readFileSync(join(SCENARIOS, file), "utf8"), file, lookup, shippedPlays);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

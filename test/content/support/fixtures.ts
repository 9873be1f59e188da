import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ScenarioLookup } from "../../../src/content/compilePlay";
import { compileScenario } from "../../../src/content/compileScenario";

export const FIXTURES = join(import.meta.dirname, "../../fixtures");
export const VALID = join(FIXTURES, "valid");
export const BROKEN = join(FIXTURES, "broken");
export const SCENARIOS = join(import.meta.dirname, "../../../scenarios");

/** The text of a fixture file. */
export function readFixture(path: string): string {
  return readFileSync(path).toString("utf8");
}

/** The valid fixture scenario, compiled (fails the test run loudly if it stops compiling). */
export function quietPipeline() {
  const result = compileScenario(readFixture(join(VALID, "quiet-pipeline.yaml")), "quiet-pipeline.yaml");
  if (!result.ok)
    throw new Error(`quiet-pipeline.yaml no longer compiles: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}

/** Finds `quiet-pipeline` (the valid fixture) and nothing else. */
export const fixtureLookup: ScenarioLookup = (id) =>
  id === "quiet-pipeline" ? { status: "found", scenario: quietPipeline() } : { status: "missing" };

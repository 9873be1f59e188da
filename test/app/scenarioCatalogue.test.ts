import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../../src/app/scenarioCatalogue";
import { compileScenario } from "../../src/content/compileScenario";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

function shippedFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(SCENARIOS)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => [`/scenarios/${name}`, readFileSync(join(SCENARIOS, name), "utf8")]),
  );
}

describe("the scenario catalogue", () => {
  it("offers every shipped scenario (play files skipped) with what the picker shows", () => {
    const catalogue = buildCatalogue(shippedFiles(), compileScenario);
    expect(catalogue.problems).toEqual([]);
    const borrowed = catalogue.summaries.find((summary) => summary.id === "borrowed-keys");
    expect(borrowed).toMatchObject({ title: "Borrowed Keys" });
    expect(borrowed?.premise.length).toBeGreaterThan(20);
    expect(borrowed?.expectedDuration).toBeGreaterThan(0);
    expect(borrowed?.stresses.length).toBeGreaterThan(0);
    expect(catalogue.summaries.every((summary) => !summary.id.includes("."))).toBe(true);
  });

  it("lists a scenario that does not compile as a problem, with its position", () => {
    const catalogue = buildCatalogue({ "/scenarios/broken.yaml": "formatVersion: 7\n" }, compileScenario);
    expect(catalogue.summaries).toEqual([]);
    expect(catalogue.problems).toHaveLength(1);
    expect(catalogue.problems[0]).toMatch(/^broken\.yaml:\d+:\d+ HW\d{4} /);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/app/scenarioCatalogue";
import { scanScenarioHeader } from "../../src/app/scenarioHeader";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

function shippedFiles(): Record<string, () => Promise<string>> {
  return Object.fromEntries(
    readdirSync(SCENARIOS)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => [`/scenarios/${name}`, async () => readFileSync(join(SCENARIOS, name), "utf8")]),
  );
}

describe("the scenario catalogue", () => {
  it("offers every shipped scenario (play files skipped) with what the picker shows", async () => {
    const catalogue = await loadCatalogue(shippedFiles());
    expect(catalogue.problems).toEqual([]);
    const borrowed = catalogue.summaries.find((summary) => summary.id === "borrowed-keys");
    expect(borrowed).toMatchObject({ title: "Borrowed Keys", difficulty: "intermediate" });
    expect(borrowed?.premise.length).toBeGreaterThan(20);
    expect(borrowed?.expectedDuration).toBeGreaterThan(0);
    expect(borrowed?.stresses.length).toBeGreaterThan(0);
    expect(catalogue.summaries.some((summary) => summary.id.includes("."))).toBe(false);
    expect(catalogue.sources.get("borrowed-keys")?.file).toBe("borrowed-keys.yaml");
  });

  it("uses the headers read at build time and loads only a file whose header is missing there", async () => {
    const whole = shippedFiles();
    const loaded: string[] = [];
    const files = Object.fromEntries(
      Object.entries(whole).map(([path, load]) => [
        path,
        async () => {
          loaded.push(path);
          return load();
        },
      ]),
    );
    const headers = Object.fromEntries(
      await Promise.all(
        Object.entries(whole)
          .filter(([path]) => !path.endsWith("borrowed-keys.yaml"))
          .map(async ([path, load]) => [path, scanScenarioHeader(await load())] as const),
      ),
    );
    const catalogue = await loadCatalogue(files, headers);
    expect(catalogue.summaries).toEqual((await loadCatalogue(whole)).summaries);
    expect(loaded).toEqual(["/scenarios/borrowed-keys.yaml"]);
  });

  it("lists a file without a readable header as a problem", async () => {
    const catalogue = await loadCatalogue({ "/scenarios/broken.yaml": async () => "formatVersion: 1\n" });
    expect(catalogue.summaries).toEqual([]);
    expect(catalogue.problems).toEqual(["broken.yaml: no title or premise at the top level"]);
  });
});

describe("the compiled catalogue the facilitator console uses", () => {
  it("compiles every shipped scenario and reports a broken one with its position", async () => {
    const { buildCatalogue } = await import("../../src/app/scenarioCatalogue");
    const { compileScenario } = await import("../../src/content/compileScenario");
    const files = Object.fromEntries(
      await Promise.all(
        Object.entries(shippedFiles()).map(async ([path, load]) => [path, await load()] as const),
      ),
    );
    const catalogue = buildCatalogue(
      { ...files, "/scenarios/broken.yaml": "formatVersion: 7\n" },
      compileScenario,
    );
    expect(catalogue.scenarios.has("borrowed-keys")).toBe(true);
    expect(catalogue.problems).toHaveLength(1);
    expect(catalogue.problems[0]).toMatch(/^broken\.yaml:\d+:\d+ HW\d{4} /);
  });
});

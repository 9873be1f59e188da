import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { scenarioFilesIn } from "../../src/cli/scenarioTests/testScenario";

const ROOT = join(import.meta.dirname, "../..");
const SEEDS = "500";

/** Every scenario file in scenarios/, found by name: a new scenario is tested without touching this file. */
const scenarioFiles = scenarioFilesIn(join(ROOT, "scenarios")).map((path) => path.slice(ROOT.length + 1));

describe("the shipped scenario library under hotwash test", () => {
  it("finds the scenarios by file name", () => {
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(scenarioFiles)(
    `%s: every play holds its expect block with no rejected step, and the reachability lint passes over ${SEEDS} seeds`,
    async (file) => {
      const out: string[] = [];
      const err: string[] = [];
      const status = await main(["test", file, "--seeds", SEEDS], {
        cwd: ROOT,
        out: (line) => out.push(line),
        err: (line) => err.push(line),
      });
      const problems = out.slice(out.indexOf("problems:") + 1);
      expect(out.includes("problems:") ? problems : [], err.join("\n")).toEqual([]);
      expect(status).toBe(0);
    },
    300_000,
  );
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { hashLog } from "../../src/engine/headless/hashLog";

const ROOT = join(import.meta.dirname, "../..");
const SCENARIO = "test/fixtures/valid/quiet-pipeline.yaml";
const PLAY = "test/fixtures/valid/quiet-pipeline.expert.play.yaml";
const scratch = mkdtempSync(join(tmpdir(), "hotwash-drill-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function hotwash(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    cwd: ROOT,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("hotwash play", () => {
  it("prints byte-identical output when the same script runs twice with the same seed", async () => {
    const first = await hotwash(["play", SCENARIO, "--script", PLAY, "--seed", "9"]);
    const second = await hotwash(["play", SCENARIO, "--script", PLAY, "--seed", "9"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("drill.started");
    expect(first.stdout).toMatch(/log hash [0-9a-f]{64}/);
    expect(second.stdout).toBe(first.stdout);
  });

  it("prints the log, a summary and the log's hash as JSON with --format log", async () => {
    const run = await hotwash(["play", SCENARIO, "--script", PLAY, "--format", "log"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ formatVersion: 1, scenario: "quiet-pipeline", play: "expert" });
    expect(report.logHash).toBe(hashLog(report.log));
    expect(report.summary.phase).toBe("debrief");
    expect(report.inputs.length).toBeGreaterThan(0);
  });

  it("explains usage mistakes in one line", async () => {
    const missing = await hotwash(["play", SCENARIO]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("hotwash play: --script <play.yaml> is required");
    const unknown = await hotwash(["play", "no-such-scenario", "--script", PLAY]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^hotwash play: no scenario at .*no-such-scenario\.yaml$/);
  });
});

describe("hotwash replay", () => {
  it("rebuilds a drill saved as JSON to the same log hash", async () => {
    const played = JSON.parse(
      (await hotwash(["play", SCENARIO, "--script", PLAY, "--format", "log"])).stdout,
    );
    const saved = join(scratch, "drill.json");
    writeFileSync(
      saved,
      JSON.stringify({
        kind: "hotwash-drill",
        scenarioId: played.scenario,
        contentHash: played.contentHash,
        seed: played.seed,
        inputs: played.inputs,
      }),
    );
    const run = await hotwash(["replay", saved, "--scenario", SCENARIO, "--format", "log"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).logHash).toBe(played.logHash);
  });

  it("refuses a drill saved on another version of the scenario", async () => {
    const saved = join(scratch, "stale.json");
    writeFileSync(
      saved,
      JSON.stringify({ scenarioId: "quiet-pipeline", contentHash: "0".repeat(64), seed: "1", inputs: [] }),
    );
    const run = await hotwash(["replay", saved, "--scenario", SCENARIO]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content hash differs");
  });
});

describe("hotwash simulate", () => {
  it("plays many seeded drills with the random policy without a failure, the same way twice", async () => {
    const first = await hotwash(["simulate", SCENARIO, "--runs", "40", "--seed", "3", "--format", "json"]);
    const second = await hotwash(["simulate", SCENARIO, "--runs", "40", "--seed", "3", "--format", "json"]);
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.failures).toEqual([]);
    expect(Object.values(report.endReasons).reduce((sum: number, count) => sum + (count as number), 0)).toBe(
      40,
    );
    expect(second.stdout).toBe(first.stdout);
  });

  it("rejects an unknown policy", async () => {
    const run = await hotwash(["simulate", SCENARIO, "--policy", "expert"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown policy expert");
  });
});

describe("hotwash simulate progress", () => {
  it("reports progress on stderr in tenths for long runs, leaving stdout the report", async () => {
    const run = await hotwash(["simulate", SCENARIO, "--runs", "200", "--seed", "3", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(run.stderr.split("\n")).toEqual(
      Array.from({ length: 10 }, (_, index) => `simulate: ${(index + 1) * 20}/200 runs`),
    );
    expect(JSON.parse(run.stdout).runs).toBe(200);
  });

  it("stays quiet for short runs", async () => {
    const run = await hotwash(["simulate", SCENARIO, "--runs", "40", "--seed", "3"]);
    expect(run.stderr).toBe("");
  });
});

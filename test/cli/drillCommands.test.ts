import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { compileScenario } from "../../src/content/compileScenario";
import type { DrillFile } from "../../src/content/drillFileFormat";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import { isControlIntent } from "../../src/engine/drill/isControlIntent";
import { hashLog } from "../../src/engine/headless/hashLog";
import { replay } from "../../src/engine/headless/replay";
import type { DrillInput } from "../../src/engine/log";

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

/**
 * The expert play of the fixture scenario as a drill file of the given mode, with `change` applied; a solo drill
 * keeps only the player's own inputs (the play also answers the facilitator's discussion questions).
 */
async function playedDrill(mode: "solo" | "facilitated", change: Partial<DrillFile> = {}) {
  const played = JSON.parse((await hotwash(["play", SCENARIO, "--script", PLAY, "--format", "log"])).stdout);
  const inputs: DrillInput[] = (played.inputs as DrillInput[]).filter(
    (input) => mode === "facilitated" || !isControlIntent(input.intent),
  );
  const common = {
    scenario: played.scenario,
    contentHash: played.contentHash,
    seed: played.seed,
    now: inputs[inputs.length - 1]?.at ?? 0,
    inputs,
  };
  const drill: DrillFile =
    mode === "solo"
      ? { ...common, mode, settings: { pacing: "turn", minutesPerSecond: 5, assist: true } }
      : { ...common, mode, session: { id: "abcd1234", started: true, speed: 0, roster: [] } };
  const scenario = compileScenario(readFileSync(join(ROOT, SCENARIO), "utf8"), "quiet-pipeline.yaml");
  if (!scenario.ok) throw new Error("the fixture scenario does not compile");
  const logHash = hashLog(replay(scenario.value, played.seed, inputs).log);
  return { drill: { ...drill, ...change } as DrillFile, logHash };
}

function save(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe("hotwash replay", () => {
  it("rebuilds a drill file to the same log hash, solo or facilitated", async () => {
    for (const mode of ["solo", "facilitated"] as const) {
      const { drill, logHash } = await playedDrill(mode);
      const path = save(`${mode}.json`, writeDrillFile(drill));
      const run = await hotwash(["replay", path, "--scenario", SCENARIO, "--format", "log"]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).logHash).toBe(logHash);
    }
  });

  it("refuses a drill saved on another version of the scenario", async () => {
    const { drill } = await playedDrill("solo", { contentHash: "0".repeat(64) });
    const run = await hotwash(["replay", save("stale.json", writeDrillFile(drill)), "--scenario", SCENARIO]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content hash differs");
  });

  it.each([
    [
      "a scenario id that is a path",
      (file: Record<string, unknown>) => (file.scenario = "../../etc/passwd"),
      'scenario: "../../etc/passwd" is not a kebab-case id',
    ],
    ["no content hash", (file: Record<string, unknown>) => delete file.contentHash, 'missing "contentHash"'],
    [
      "a facilitator control in a solo drill",
      (file: Record<string, unknown>) =>
        (file.inputs as DrillInput[]).push({ at: 9999, intent: { type: "inject.skip", inject: "alert" } }),
      'a solo drill holds no facilitator control: "inject.skip"',
    ],
  ])("refuses a drill file with %s in one line, reading no scenario", async (_case, damage, message) => {
    const { drill } = await playedDrill("solo");
    const file = JSON.parse(writeDrillFile(drill));
    damage(file);
    const path = save("hostile.json", JSON.stringify(file));
    const run = await hotwash(["replay", path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`hotwash replay: ${path}: `);
    expect(run.stderr).toContain(message);
  });

  it("refuses an endless file at once", async () => {
    const run = await hotwash(["replay", "/dev/zero"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("hotwash replay: /dev/zero: it is larger than 10000000 bytes, the limit");
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

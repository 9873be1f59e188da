import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index";
import { main } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/terminalSafe";
import { compileScenario } from "../../src/content/compileScenario";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import { unsafeCharacters } from "./support/unsafeCharacters";

const ROOT = join(import.meta.dirname, "../..");
const VALID = join(ROOT, "test/fixtures/valid");
/** Sets the window title, clears the screen, returns the cursor to print a fake result, then reverses and hides. */
const PAYLOAD = "\u001b]0;pwned\u0007\u001b[2J\r0 errors \u202egnp.exe\u200b\u009b31m";
/** The same payload as a YAML double-quoted string: escapes pass the check for raw control bytes. */
const YAML_PAYLOAD = '"\\e]0;pwned\\a\\e[2J\\r0 errors \\u202Egnp.exe\\u200B\\x9b31m"';

const scratch = mkdtempSync(join(tmpdir(), "hotwash-terminal-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const scenarioSource = readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8").replace(
  /^# yaml-language-server: \$schema=.*$/m,
  "# yaml-language-server: $schema=./scenario.schema.json",
);
const scenarioPath = join(scratch, "quiet-pipeline.yaml");
writeFileSync(scenarioPath, scenarioSource);
const hostilePlay = join(scratch, "quiet-pipeline.hostile.play.yaml");
writeFileSync(
  hostilePlay,
  [
    "# yaml-language-server: $schema=./play.schema.json",
    "formatVersion: 1",
    "scenario: quiet-pipeline",
    "name: hostile",
    `seed: ${YAML_PAYLOAD}`,
    "steps:",
    `  - { at: T+0:01, do: note, text: ${YAML_PAYLOAD} }`,
    `  - { at: T+0:02, do: set-codename, codename: ${YAML_PAYLOAD} }`,
  ].join("\n"),
);
const brokenPlay = join(scratch, "quiet-pipeline.broken.play.yaml");
writeFileSync(
  brokenPlay,
  readFileSync(hostilePlay, "utf8").replace("name: hostile", `name: broken\n${YAML_PAYLOAD}: 1`),
);
const hostileScenario = join(scratch, "hostile.yaml");
writeFileSync(hostileScenario, `formatVersion: 1\nid: ${YAML_PAYLOAD}\n${YAML_PAYLOAD}: 1\n`);
const compiled = compileScenario(scenarioSource, "quiet-pipeline.yaml");
if (!compiled.ok) throw new Error("the fixture scenario does not compile");
const hostileDrill = join(scratch, "hostile-drill.json");
writeFileSync(
  hostileDrill,
  writeDrillFile({
    mode: "solo",
    scenario: "quiet-pipeline",
    contentHash: compiled.value.contentHash,
    seed: PAYLOAD,
    now: 3,
    settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
    inputs: [
      { at: 1, intent: { type: "note", text: PAYLOAD } },
      { at: 2, intent: { type: "publish-statement", title: PAYLOAD, body: PAYLOAD } },
    ],
  }),
);
const brokenDrill = join(scratch, "broken-drill.json");
writeFileSync(brokenDrill, JSON.stringify({ format: "hotwash-drill", formatVersion: 2, mode: PAYLOAD }));
const library = join(scratch, "library");
mkdirSync(library);
copyFileSync(scenarioPath, join(library, "quiet-pipeline.yaml"));

/** Hostile runs of every command: each prints text that came from a file or an argument. */
const RUNS: Record<string, string[][]> = {
  check: [
    ["check", hostileScenario],
    ["check", brokenPlay],
    ["check", join(scratch, `${PAYLOAD}.yaml`)],
  ],
  play: [
    ["play", scenarioPath, "--script", hostilePlay],
    ["play", scenarioPath, "--script", hostilePlay, "--format", "md"],
    ["play", scenarioPath, "--script", hostilePlay, "--format", "csv"],
    ["play", scenarioPath, "--script", hostilePlay, "--format", "log"],
    ["play", hostileScenario, "--script", hostilePlay],
    ["play", scenarioPath, "--script", hostilePlay, "--explain", "codename.innocuous"],
  ],
  test: [["test", hostileScenario, "--seeds", "0"]],
  simulate: [
    ["simulate", scenarioPath, "--runs", "2", "--seed", PAYLOAD],
    ["simulate", hostileScenario],
  ],
  replay: [
    ["replay", hostileDrill, "--scenario", scenarioPath],
    ["replay", hostileDrill, "--scenario", scenarioPath, "--format", "json"],
    ["replay", hostileDrill, "--scenario", scenarioPath, "--format", "html"],
    ["replay", brokenDrill],
  ],
  view: [
    ["view", hostileScenario],
    ["view", scenarioPath, "--script", hostilePlay, "--audience", "display"],
    ["view", scenarioPath, "--at", PAYLOAD],
  ],
  coverage: [["coverage", "--scenarios", library, "--out", join(scratch, `${PAYLOAD}.md`)]],
  kit: [
    ["kit", hostileScenario, "--out", join(scratch, "kit")],
    ["kit", scenarioPath, "--out", join(scratch, `kit-${PAYLOAD}`)],
  ],
  serve: [["serve", "--port", "0", "--scenarios", join(scratch, PAYLOAD)]],
  session: [["session", "new", "quiet-pipeline", "--server", PAYLOAD]],
  bot: [["bot", "--server", "http://127.0.0.1:9", "--token", "t", "--script", brokenPlay]],
};

async function run(args: string[]): Promise<string> {
  const lines: string[] = [];
  await main(args, { cwd: ROOT, out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return lines.join("\n");
}

describe("no control or bidi character from a file or argument reaches the terminal", () => {
  it("has hostile runs for every command", () => {
    expect(Object.keys(RUNS).sort()).toEqual(COMMANDS.map((command) => command.name).sort());
  });

  // why: the test's own name is printed by the runner, so it shows the payload escaped too.
  it.each(Object.values(RUNS).flatMap((runs) => runs.map((args) => [terminalSafe(args.join(" ")), args])))(
    "hotwash %s",
    async (_name, args) => {
      const output = await run(args as string[]);
      expect(unsafeCharacters(output)).toEqual([]);
      // why: the payload did reach the output, escaped (reports show it as ⟨U+202E⟩), so the run proves something.
      expect(output).toMatch(/\\u001b|\\u202e|\\u009b|⟨U\+202E⟩/);
    },
  );

  it("an unknown command or option named with escapes is printed escaped", async () => {
    for (const args of [[PAYLOAD], ["check", `--${PAYLOAD}`], ["help", PAYLOAD]]) {
      expect(unsafeCharacters(await run(args))).toEqual([]);
    }
  });

  it("holds through bin/hotwash.js on stdout and stderr", () => {
    const spawned = spawnSync(
      process.execPath,
      [join(ROOT, "bin/hotwash.js"), "replay", hostileDrill, "--scenario", scenarioPath],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(spawned.status).toBe(0);
    expect(spawned.stdout).toContain("\\u001b]0;pwned\\u0007");
    expect(unsafeCharacters(spawned.stdout + spawned.stderr)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContentFile } from "../../src/content/compileContentFile";
import type { ScenarioLookup } from "../../src/content/compilePlay";
import type { DrillFile } from "../../src/content/drillFileFormat";
import { readDrillFile } from "../../src/content/readDrillFile";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import { isControlIntent } from "../../src/engine/drill/isControlIntent";
import { replay } from "../../src/engine/headless/replay";
import { runPlay } from "../../src/engine/headless/runPlay";
import { mutants } from "../support/mutate";
import { quietPipeline, SCENARIOS, VALID } from "./support/fixtures";

/**
 * `npm test` checks a few hundred seeded mutants of the fixtures; `npm run fuzz` (FUZZ_FILES, FUZZ_SEED) checks
 * thousands, of every shipped scenario and play too. A failure names the seed and index that reproduce it.
 */
const FILES = Number(process.env.FUZZ_FILES ?? 300);
const SEED = process.env.FUZZ_SEED ?? "hotwash-fuzz-1";
const LONG = FILES > 300;

const scenario = quietPipeline();
const lookup: ScenarioLookup = (id) =>
  id === scenario.id ? { status: "found", scenario } : { status: "missing" };
const read = (folder: string, file: string) => ({ file, text: readFileSync(join(folder, file), "utf8") });

const contentSources = [
  read(VALID, "quiet-pipeline.yaml"),
  read(VALID, "quiet-pipeline.expert.play.yaml"),
  ...(LONG
    ? readdirSync(SCENARIOS)
        .filter((file) => file.endsWith(".yaml"))
        .map((file) => read(SCENARIOS, file))
    : []),
];

/** The fixture's expert play as a solo drill file (its facilitator answers left out) and as a session file. */
function drillSources(): { file: string; text: string }[] {
  const play = compileContentFile(
    read(VALID, "quiet-pipeline.expert.play.yaml").text,
    "quiet-pipeline.expert.play.yaml",
    lookup,
  );
  if (!play.ok || play.value.kind !== "play") throw new Error("the fixture play does not compile");
  const result = runPlay(scenario, play.value.play);
  const common = { scenario: scenario.id, contentHash: scenario.contentHash, seed: result.seed, now: 240 };
  const solo: DrillFile = {
    ...common,
    mode: "solo",
    settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
    inputs: result.inputs.filter((input) => !isControlIntent(input.intent) && input.at <= 240),
  };
  const facilitated: DrillFile = {
    ...common,
    mode: "facilitated",
    session: { id: "fuzz-session", started: true, speed: 0, roster: [{ name: "Ana", role: "scribe" }] },
    inputs: result.inputs.filter((input) => input.at <= 240),
  };
  return [
    { file: "solo.json", text: writeDrillFile(solo) },
    { file: "session.json", text: writeDrillFile(facilitated) },
  ];
}

describe(`mutation fuzz (${FILES} content files and ${Math.ceil(FILES / 2)} drill files, seed ${SEED})`, () => {
  it("no mutated scenario or play makes the validator throw or fail inside, and each problem has a place", () => {
    const failures: string[] = [];
    for (const mutant of mutants(contentSources, FILES, SEED)) {
      try {
        const result = compileContentFile(mutant.text, mutant.file, lookup);
        if (result.diagnostics.some((found) => found.code === "HW0099"))
          failures.push(`${mutant.label}: HW0099`);
        if (result.diagnostics.length > 1001)
          failures.push(`${mutant.label}: ${result.diagnostics.length} diagnostics`);
        if (result.diagnostics.some((found) => !(found.line >= 1 && found.col >= 1)))
          failures.push(`${mutant.label}: a diagnostic without a position`);
      } catch (error) {
        failures.push(`${mutant.label}: threw ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("no mutated drill file makes the reader throw, and every drill it accepts replays", () => {
    const failures: string[] = [];
    let accepted = 0;
    for (const mutant of mutants(drillSources(), Math.ceil(FILES / 2), SEED, "json")) {
      try {
        const result = readDrillFile(mutant.text, mutant.file);
        if (!result.ok) {
          if (!result.message.startsWith(`${mutant.file}: `) || result.message.includes("\n"))
            failures.push(`${mutant.label}: refusal is not one line naming the file`);
          continue;
        }
        accepted++;
        if (result.drill.scenario === scenario.id && result.drill.contentHash === scenario.contentHash)
          replay(scenario, result.drill.seed, result.drill.inputs);
      } catch (error) {
        failures.push(`${mutant.label}: threw ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});

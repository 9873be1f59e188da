import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileScenario } from "../../src/content/compileScenario";
import { type DrillFile, MAX_DRILL_CHARS, MAX_DRILL_INPUTS } from "../../src/content/drillFileFormat";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import type { DrillInput } from "../../src/engine/log";

const VALID = join(import.meta.dirname, "../fixtures/valid");
const base = () => readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8");

/** One hostile file, sized near the limits, and the diagnostic code it must get. */
export interface HostileFile {
  kind: string;
  /** The file name to write it under (a play's name says which scenario it is for). */
  file: string;
  text: string;
  code: string;
}

/** `items` as a flow list spread over lines of `perLine` items, so no line passes the line-length limit. */
function flowList(items: string[], perLine: number, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(indent + items.slice(i, i + perLine).join(", "));
  return `[\n${lines.join(",\n")}\n${indent}]`;
}

const playHeader = "formatVersion: 1\nscenario: quiet-pipeline\nname: hostile\nsteps: ";

/**
 * Scenario and play files that are each as hostile as the limits allow: the cases that once made `hotwash check`
 * take minutes or gigabytes, and the classic parser attacks.
 */
export function hostileContentFiles(): HostileFile[] {
  const keys = Array.from({ length: 35_000 }, (_, i) => `"k${i}": 1`);
  const people = Array.from(
    { length: 2500 },
    (_, i) => `    - { id: person-number-${String(i).padStart(6, "0")}, name: P, title: T }`,
  ).join("\n");
  const misspelt = Array.from({ length: 2500 }, (_, i) => `person-numbr-${String(i).padStart(6, "0")}x`);
  const aliasBomb = ["formatVersion: 1", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i < 12; i++)
    aliasBomb.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return [
    {
      kind: "a mapping of 35,000 keys",
      file: "many-keys.yaml",
      text: `formatVersion: 1\nworld: {\n${flowList(keys, 20, "  ").slice(2, -2)}\n  }\n`,
      code: "HW0005",
    },
    {
      kind: "2,500 misspelt references among 2,500 ids",
      file: "quiet-pipeline.yaml",
      text: base()
        .replace("  people:\n", `  people:\n${people}\n`)
        .replace("members: [ana, sam]", `members: ${flowList(misspelt, 100, "        ")}`),
      code: "HW0031",
    },
    {
      kind: "20,000 injects each with a problem",
      file: "quiet-pipeline.yaml",
      text: base().replace(
        /\ninjects:\n/,
        `\ninjects: ${flowList(
          Array.from({ length: 20_000 }, (_, i) => `{id: i${i}, bogus: 1}`),
          1000,
          "  ",
        )}\nmore-injects:\n`,
      ),
      code: "HW0014",
    },
    {
      kind: "15,000 play steps after the horizon",
      file: "quiet-pipeline.hostile.play.yaml",
      text:
        playHeader +
        flowList(
          Array.from({ length: 15_000 }, (_, i) => `{at: ${100_000 + i}, do: note, text: n}`),
          1000,
          "  ",
        ),
      code: "HW0050",
    },
    {
      kind: "9,000 play steps naming unknown injects",
      file: "quiet-pipeline.hostile.play.yaml",
      text:
        playHeader +
        flowList(
          Array.from({ length: 9000 }, (_, i) => `{at: ${i}, do: reply, inject: nope-${i}, option: x}`),
          800,
          "  ",
        ),
      code: "HW0031",
    },
    { kind: "a billion-laughs alias bomb", file: "bomb.yaml", text: aliasBomb.join("\n"), code: "HW0007" },
    {
      kind: "98,000 nested brackets",
      file: "deep.yaml",
      text: `a: ${"[".repeat(49_000)}${"]".repeat(49_000)}`,
      code: "HW0008",
    },
    {
      kind: "a 490,000-character line",
      file: "long-line.yaml",
      text: `formatVersion: 1\ntitle: ${"x".repeat(490_000)}\n`,
      code: "HW0005",
    },
    {
      kind: "half a megabyte of binary",
      file: "binary.yaml",
      text: Array.from({ length: 480_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(""),
      code: "HW0004",
    },
  ];
}

/** A solo drill of the fixture scenario with these inputs (the clock at the last one). */
function fixtureDrill(inputs: DrillInput[]): DrillFile {
  const compiled = compileScenario(base(), "quiet-pipeline.yaml");
  if (!compiled.ok) throw new Error("the fixture scenario does not compile");
  return {
    mode: "solo",
    scenario: "quiet-pipeline",
    contentHash: compiled.value.contentHash,
    seed: "1",
    now: inputs[inputs.length - 1]?.at ?? 0,
    settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
    inputs,
  };
}

const notes = (count: number): DrillInput[] =>
  Array.from({ length: count }, (_, index) => ({
    at: Math.floor(index / 20),
    intent: { type: "note", text: `note ${index}` },
  }));

/**
 * Drill files as hostile as the limits allow, for `hotwash replay` and the browser import, with the text their
 * refusal must contain; the largest valid drill is here too (its "refusal" is the log hash of its replay).
 */
export function hostileDrillFiles(): HostileFile[] {
  const valid = writeDrillFile(fixtureDrill(notes(MAX_DRILL_INPUTS)));
  return [
    {
      kind: `the largest valid drill (${MAX_DRILL_INPUTS} inputs)`,
      file: "largest.json",
      text: valid,
      code: "log hash",
    },
    {
      kind: `${MAX_DRILL_INPUTS + 1} inputs`,
      file: "too-many.json",
      text: writeDrillFile(fixtureDrill(notes(MAX_DRILL_INPUTS + 1))),
      code: `the limit is ${MAX_DRILL_INPUTS}`,
    },
    {
      kind: "a file over the size limit",
      file: "too-large.json",
      text: valid.replace('"seed": "1"', `"seed": "${"x".repeat(MAX_DRILL_CHARS)}"`),
      code: "the limit",
    },
    {
      kind: "4,000,000 nested brackets",
      file: "deep.json",
      text: `${"[".repeat(4_000_000)}${"]".repeat(4_000_000)}`,
      code: "not a Hotwash drill file",
    },
    {
      kind: "20,000 inputs, the last one a facilitator control",
      file: "control.json",
      text: writeDrillFile(
        fixtureDrill([
          ...notes(MAX_DRILL_INPUTS - 1),
          { at: 1000, intent: { type: "inject.skip", inject: "alert" } },
        ]),
      ),
      code: "a solo drill holds no facilitator control",
    },
    {
      kind: "20,000 inputs, the last one back in time",
      file: "backwards.json",
      text: writeDrillFile(
        fixtureDrill([...notes(MAX_DRILL_INPUTS - 1), { at: 0, intent: { type: "page-ic" } }]),
      ),
      code: "goes back in time",
    },
  ];
}

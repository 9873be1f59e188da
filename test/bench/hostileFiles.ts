import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { ROOT } from "../support/browser";
import { hostileContentFiles, hostileDrillFiles } from "../support/hostileFiles";
import type { BenchRow } from "./browser";

const SAMPLES = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median wall milliseconds of a `hotwash` command, with the codes it printed. */
async function timeCommand(args: string[]): Promise<{ ms: number; output: string }> {
  const times: number[] = [];
  let output = "";
  for (let sample = 0; sample < SAMPLES; sample++) {
    const lines: string[] = [];
    const io = {
      cwd: ROOT,
      out: (line: string) => lines.push(line),
      err: (line: string) => lines.push(line),
    };
    const started = performance.now();
    await main(args, io);
    times.push(performance.now() - started);
    output = lines.join("\n");
  }
  return { ms: Math.round(median(times)), output };
}

/**
 * Hostile files of every kind, each run through the `hotwash` command end to end (read, parse, validate, print;
 * `check` for scenarios and plays, `replay` for drill files): how long until its diagnostics or refusal are out,
 * against checking the largest shipped scenario in the same run.
 */
export async function runHostileFilesBench(): Promise<BenchRow[]> {
  const scratch = mkdtempSync(join(tmpdir(), "hotwash-hostile-bench-"));
  try {
    const baseline = await timeCommand(["check", "scenarios/borrowed-keys.yaml"]);
    const against = `hotwash check scenarios/borrowed-keys.yaml (valid, the largest shipped): ${baseline.ms} ms; target < 5000 ms each`;
    const rows: BenchRow[] = [];
    const measure = async (kind: string, args: string[], code: string) => {
      const run = await timeCommand(args);
      if (!run.output.includes(code))
        throw new Error(`${kind}: expected ${code}, got ${run.output.slice(0, 200)}`);
      rows.push({
        name: `hostile file: ${kind} → "${code}" (median of ${SAMPLES})`,
        value: run.ms,
        unit: "ms",
        ratio: Math.round((run.ms / Math.max(1, baseline.ms)) * 100) / 100,
        baseline: against,
      });
    };
    for (const hostile of hostileContentFiles()) {
      const folder = mkdtempSync(join(scratch, "case-"));
      // why: a play is checked against the scenario beside it.
      copyFileSync(
        join(ROOT, "test/fixtures/valid/quiet-pipeline.yaml"),
        join(folder, "quiet-pipeline.yaml"),
      );
      writeFileSync(join(folder, hostile.file), hostile.text);
      await measure(hostile.kind, ["check", join(folder, hostile.file)], hostile.code);
    }
    await measure("/dev/zero (endless)", ["check", "/dev/zero"], "HW0005");
    for (const hostile of hostileDrillFiles()) {
      const path = join(scratch, hostile.file);
      writeFileSync(path, hostile.text);
      const scenario = join(ROOT, "test/fixtures/valid/quiet-pipeline.yaml");
      await measure(`drill file, ${hostile.kind}`, ["replay", path, "--scenario", scenario], hostile.code);
    }
    await measure("drill file, /dev/zero (endless)", ["replay", "/dev/zero"], "the limit");
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

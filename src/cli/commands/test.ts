import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { isPlayFile } from "../../content/compileContentFile";
import { type CliIo, type Command, UsageError } from "../command";
import { passed, type ScenarioOutcome, scenarioFilesIn, testScenario } from "../scenarioTests/testScenario";
import { parseOptions, scenarioPath } from "./drillFiles";

const DEFAULT_SEEDS = 500;

const USAGE = `Usage: hotwash test [<scenario>…] [--seeds N]

Tests scenarios the way the shipped library is tested. For each scenario it compiles the file and every play
beside it named <id>.<name>.play.yaml (found by file name: a new play needs no list), runs each play and
checks that no step was rejected, that its expect: block holds, and that its tests: rule ends partial or
violated while the expert play meets it and scores above it. Then the reachability lint plays the scenario
N times at random and requires every inject delivered, every attacker step done (or done by the play its
needsPlay names) and every conditional attacker step skipped at least once.

<scenario> is an id (scenarios/<id>.yaml), a scenario file, or a folder of them; with none, every scenario in
./scenarios. Prints a table and every problem as \`file:line:col message\`; exits 1 when anything failed.

Options:
  --seeds <n>   random playthroughs for the reachability lint (default ${DEFAULT_SEEDS}; 0 skips the lint)
  -h, --help    show this help`;

function scenarioFiles(positional: string[], cwd: string): string[] {
  if (positional.length === 0) {
    const folder = join(cwd, "scenarios");
    if (!existsSync(folder))
      throw new UsageError(`no scenarios/ folder in ${cwd}; name the scenarios to test`);
    return scenarioFilesIn(folder);
  }
  return positional.flatMap((reference) => {
    const asPath = resolve(cwd, reference);
    if (existsSync(asPath) && statSync(asPath).isDirectory()) return scenarioFilesIn(asPath);
    if (isPlayFile(reference))
      throw new UsageError(`${reference} is a play; name its scenario and every play beside it is tested`);
    const path = scenarioPath(reference, cwd);
    if (!existsSync(path)) throw new UsageError(`no scenario at ${path}`);
    return [path];
  });
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
}

function report(outcomes: readonly ScenarioOutcome[], io: CliIo): void {
  const rows: string[][] = [["scenario", "play", "score", "expected", "tests", "result"]];
  const problems: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.problems.length > 0) rows.push([outcome.id, "(scenario)", "", "", "", "FAIL"]);
    problems.push(...outcome.problems);
    for (const play of outcome.plays) {
      rows.push([
        outcome.id,
        play.name,
        play.score === undefined ? "" : play.score.toFixed(1),
        play.expected,
        play.tests ?? "",
        play.problems.length === 0 ? "ok" : "FAIL",
      ]);
      problems.push(...play.problems);
    }
    if (outcome.lint) {
      rows.push([
        outcome.id,
        `(reachability, ${outcome.lint.seeds} seeds)`,
        "",
        "",
        "",
        outcome.lint.problems.length === 0 ? "ok" : "FAIL",
      ]);
      problems.push(...outcome.lint.problems);
    }
  }
  for (const line of table(rows)) io.out(line);
  if (problems.length > 0) {
    io.out("");
    io.out("problems:");
    for (const problem of problems) io.out(`  ${problem}`);
  }
}

/** `hotwash test`: runs every play of each scenario against its expectations, and the reachability lint. */
export const test: Command = {
  name: "test",
  summary: "run every play of each scenario against its expect: block, and the reachability lint",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ["seeds"], "test");
    const seeds = options.seeds === undefined ? DEFAULT_SEEDS : Number(options.seeds);
    if (!Number.isInteger(seeds) || seeds < 0 || seeds > 100_000)
      throw new UsageError(`--seeds must be a whole number from 0 to 100000, not ${options.seeds}`);
    const files = scenarioFiles(positional, io.cwd);
    if (files.length === 0) throw new UsageError("no scenario files to test");
    const outcomes = files.map((file) => testScenario(file, io.cwd, seeds));
    report(outcomes, io);
    const failed = outcomes.filter((outcome) => !passed(outcome)).length;
    const plays = outcomes.reduce((sum, outcome) => sum + outcome.plays.length, 0);
    io.err(
      `hotwash test: ${outcomes.length} scenario${outcomes.length === 1 ? "" : "s"}, ${plays} play${plays === 1 ? "" : "s"}, ${failed === 0 ? "all passed" : `${failed} failed`}`,
    );
    return failed > 0 ? 1 : 0;
  },
};

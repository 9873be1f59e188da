import { readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import type { CompiledPlay } from "../../content/compiledPlay";
import { compilePlay } from "../../content/compilePlay";
import { compileScenario } from "../../content/compileScenario";
import type { Diagnostic } from "../../content/diagnostic";
import { runPlay } from "../../engine/headless/runPlay";
import type { ScenarioDefinition } from "../../engine/scenario";
import { formatSimTime } from "../../engine/time";
import type { ScoreCard } from "../../scoring/scoreCard";
import { scoreDrill } from "../../scoring/scoreDrill";
import { playsBeside } from "../playsBeside";
import { readContentSource } from "../readContentSource";
import { expectedScore, unmetExpectations } from "./playExpectations";
import { lintReachability } from "./reachabilityLint";

/** One play's row in `hotwash test`: its score, what it expected, and every way it failed. */
export interface PlayOutcome {
  name: string;
  file: string;
  score?: number;
  expected: string;
  tests?: string;
  /** One line each, starting with the file (and line:col when the problem has a place). */
  problems: string[];
}

/** One scenario's result: its own problems (compile errors), each play's row, and the reachability lint. */
export interface ScenarioOutcome {
  id: string;
  file: string;
  problems: string[];
  plays: PlayOutcome[];
  lint?: { seeds: number; problems: string[] };
}

/** Whether a scenario passed: it compiled, every play held, and the lint found nothing. */
export function passed(outcome: ScenarioOutcome): boolean {
  return (
    outcome.problems.length === 0 &&
    outcome.plays.every((play) => play.problems.length === 0) &&
    (outcome.lint?.problems.length ?? 0) === 0
  );
}

const diagnosticLine = (found: Diagnostic) =>
  `${found.file}:${found.line}:${found.col} ${found.code} ${found.message}`;

/** The play files of scenario `id` in `folder`, by file name: `<id>.<name>.play.yaml`, sorted. */
export function playFilesOf(folder: string, id: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${id}.`) && /\.play\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** The scenario files in `folder` (every .yaml that is not a play), sorted. */
export function scenarioFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name) && !/\.play\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

function compileAt(path: string, display: string, scenario: ScenarioDefinition, cwd: string) {
  const source = readContentSource(path);
  if (typeof source !== "string") return { ok: false as const, diagnostics: [{ ...source, file: display }] };
  return compilePlay(
    source,
    display,
    (id) => (id === scenario.id ? { status: "found", scenario } : { status: "missing" }),
    playsBeside(dirname(path), cwd),
  );
}

function runOne(
  scenario: ScenarioDefinition,
  play: CompiledPlay,
  display: string,
): { card: ScoreCard; problems: string[] } {
  const result = runPlay(scenario, play);
  const problems: string[] = [];
  for (const entry of result.log) {
    if (entry.type !== "action.rejected") continue;
    const index = entry.cause.kind === "input" ? entry.cause.input : -1;
    const source = play.stepSources?.[index];
    const where = source ? `${source.file}:${source.line}:${source.col}` : display;
    problems.push(
      `${where} step at ${formatSimTime(entry.at)} (${entry.action.type}) was rejected: ${entry.reason}`,
    );
  }
  const card = scoreDrill(scenario, result.log);
  for (const problem of unmetExpectations(play, card)) problems.push(`${display}: ${problem}`);
  return { card, problems };
}

/**
 * Tests one scenario file: compiles it and every play beside it (found by file name), runs each play and checks
 * it — no rejected step, its `expect:` block holds, its `tests:` rule fires (partial or violated, unless `expect.rules`
 * states another outcome for it) while the expert does not, and it scores below the expert — then runs the reachability lint over `seeds` random playthroughs (none if 0).
 */
export function testScenario(path: string, cwd: string, seeds: number): ScenarioOutcome {
  const display = relative(cwd, path) || path;
  const id = basename(path).replace(/\.ya?ml$/, "");
  const outcome: ScenarioOutcome = { id, file: display, problems: [], plays: [] };
  const source = readContentSource(path);
  const compiled =
    typeof source === "string"
      ? compileScenario(source, display)
      : { ok: false as const, diagnostics: [{ ...source, file: display }] };
  if (!compiled.ok) {
    outcome.problems = compiled.diagnostics.filter((d) => d.severity === "error").map(diagnosticLine);
    return outcome;
  }
  const scenario = compiled.value;
  outcome.id = scenario.id;
  const loaded: { play: CompiledPlay; row: PlayOutcome; card?: ScoreCard }[] = [];
  for (const file of playFilesOf(dirname(path), scenario.id)) {
    const playDisplay = relative(cwd, file) || file;
    const name = basename(file)
      .slice(scenario.id.length + 1)
      .replace(/\.play\.ya?ml$/, "");
    const result = compileAt(file, playDisplay, scenario, cwd);
    if (!result.ok) {
      outcome.plays.push({
        name,
        file: playDisplay,
        expected: "—",
        problems: result.diagnostics.filter((d) => d.severity === "error").map(diagnosticLine),
      });
      continue;
    }
    const play = result.value;
    const { card, problems } = runOne(scenario, play, playDisplay);
    const row: PlayOutcome = {
      name: play.name,
      file: playDisplay,
      score: card.total,
      expected: expectedScore(play),
      problems,
    };
    if (play.tests !== undefined) row.tests = play.tests;
    outcome.plays.push(row);
    loaded.push({ play, row, card });
  }
  const expert = loaded.find((entry) => entry.play.name === "expert");
  for (const { play, row, card } of loaded) {
    if (!card) continue;
    if (play.tests !== undefined) {
      const rules = play.expect.rules;
      const stated = (["met", "partial", "violated", "n/a"] as const).find((outcome) =>
        rules?.[outcome].includes(play.tests ?? ""),
      );
      const fired = card.findings.find((finding) => finding.rule === play.tests)?.outcome;
      if (stated === undefined && fired !== "partial" && fired !== "violated")
        row.problems.push(
          `${row.file}: tests ${play.tests}, but the play leaves it ${fired ?? "not scored"}`,
        );
      const expertOutcome = expert?.card?.findings.find((finding) => finding.rule === play.tests)?.outcome;
      const shouldFire = stated === undefined || stated === "partial" || stated === "violated";
      if (
        expert &&
        play !== expert.play &&
        shouldFire &&
        (expertOutcome === "partial" || expertOutcome === "violated")
      )
        row.problems.push(
          `${row.file}: tests ${play.tests}, but the expert play leaves it ${expertOutcome} too`,
        );
    }
    if (expert?.card && play !== expert.play && card.total >= expert.card.total)
      row.problems.push(
        `${row.file}: scores ${card.total.toFixed(1)}, not below the expert play's ${expert.card.total.toFixed(1)}`,
      );
  }
  if (seeds > 0)
    outcome.lint = {
      seeds,
      problems: lintReachability(
        scenario,
        loaded.map((entry) => entry.play),
        seeds,
      ).map((problem) => `${display}: ${problem}`),
    };
  return outcome;
}

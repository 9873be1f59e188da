import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unmetExpectations } from "../../../src/cli/scenarioTests/playExpectations";
import type { CompiledPlay } from "../../../src/content/compiledPlay";
import { compilePlay } from "../../../src/content/compilePlay";
import { compileScenario } from "../../../src/content/compileScenario";
import { runPlay } from "../../../src/engine/headless/runPlay";
import type { LogEntry, LogEntryOf, LogEntryType } from "../../../src/engine/log";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import type { Finding, ScoreCard } from "../../../src/scoring/scoreCard";
import { scoreDrill } from "../../../src/scoring/scoreDrill";
import { shippedPlays } from "../../support/shippedPlays";

/** The folder holding every shipped scenario file and its play files. */
export const SCENARIOS = join(import.meta.dirname, "../../../scenarios");

const PLAY_SUFFIX = ".play.yaml";

/** The entries of one type in a log, in log order, typed to that entry. */
export function entries<T extends LogEntryType>(log: readonly LogEntry[], type: T): LogEntryOf<T>[] {
  return log.filter((entry): entry is LogEntryOf<T> => entry.type === type);
}

/** The injects a log delivered, in delivery order. */
export const delivered = (log: readonly LogEntry[]): string[] =>
  entries(log, "inject.delivered").map((e) => e.inject);

/** The attacker steps a log carried out, in order. */
export const stepsDone = (log: readonly LogEntry[]): string[] =>
  entries(log, "attacker.step").map((e) => e.step);

/** The attacker steps a log skipped, in order. */
export const stepsSkipped = (log: readonly LogEntry[]): string[] =>
  entries(log, "attacker.skipped").map((e) => e.step);

/** The facts a log lost for good, in order. */
export const lostFacts = (log: readonly LogEntry[]): string[] => entries(log, "fact.lost").map((e) => e.fact);

/** The evidence subjects a log destroyed, in order. */
export const destroyed = (log: readonly LogEntry[]): string[] =>
  entries(log, "evidence.destroyed").map((e) => e.subject);

/** The flags a log set, in order. */
export const flagsSet = (log: readonly LogEntry[]): string[] => entries(log, "flag.set").map((e) => e.flag);

export { unmetExpectations } from "../../../src/cli/scenarioTests/playExpectations";

/** What a scenario test needs to play and score one shipped scenario and its plays. */
export interface ScenarioHarness {
  /** The compiled scenario; loading throws with every diagnostic when it does not compile. */
  readonly scenario: ScenarioDefinition;
  /** Every play shipped for the scenario, by name (`<id>.<name>.play.yaml`), in directory order. */
  readonly playNames: readonly string[];
  /** The shipped plays other than `expert` and `reckless`. */
  readonly temptationPlays: readonly string[];
  /** The compiled play of that name; throws with every diagnostic when it does not compile. */
  loadPlay(name: string): CompiledPlay;
  /** The log of running that play (with the seed, if given), computed once per name and seed. */
  play(name: string, seed?: string): readonly LogEntry[];
  /** The score card of that play's log (with the seed, if given), computed once per name and seed. */
  card(name: string, seed?: string): ScoreCard;
  /** The finding that play's score card holds for the rule, if any. */
  finding(name: string, rule: string): Finding | undefined;
  /** The outcome that play's score card gives the rule, if any. */
  outcome(name: string, rule: string): string | undefined;
  /** Every way that play's own `expect:` block does not hold for its score card (empty when it holds). */
  unmetExpectationsOf(name: string): string[];
}

function diagnosticsError(
  diagnostics: readonly { line: number; col: number; code: string; message: string }[],
) {
  return new Error(diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`).join("\n"));
}

/** The harness for the scenario `scenarios/<id>.yaml` and its `scenarios/<id>.<name>.play.yaml` plays. */
export function scenarioHarness(id: string): ScenarioHarness {
  const compiled = compileScenario(
    readFileSync(join(SCENARIOS, `${id}.yaml`), "utf8"),
    `scenarios/${id}.yaml`,
  );
  if (!compiled.ok) throw diagnosticsError(compiled.diagnostics);
  const scenario = compiled.value;
  const playPrefix = `${id}.`;

  function loadPlay(name: string): CompiledPlay {
    const file = `${playPrefix}${name}${PLAY_SUFFIX}`;
    const result = compilePlay(
      readFileSync(join(SCENARIOS, file), "utf8"),
      `scenarios/${file}`,
      (wanted) => (wanted === scenario.id ? { status: "found", scenario } : { status: "missing" }),
      shippedPlays,
    );
    if (!result.ok) throw diagnosticsError(result.diagnostics);
    return result.value;
  }

  const logs = new Map<string, readonly LogEntry[]>();
  function play(name: string, seed?: string): readonly LogEntry[] {
    const key = `${name}#${seed ?? ""}`;
    const cached = logs.get(key);
    if (cached) return cached;
    const log = runPlay(scenario, loadPlay(name), seed).log;
    logs.set(key, log);
    return log;
  }

  const cards = new Map<string, ScoreCard>();
  function card(name: string, seed?: string): ScoreCard {
    const key = `${name}#${seed ?? ""}`;
    const cached = cards.get(key);
    if (cached) return cached;
    const scored = scoreDrill(scenario, play(name, seed));
    cards.set(key, scored);
    return scored;
  }

  const finding = (name: string, rule: string) =>
    card(name).findings.find((candidate) => candidate.rule === rule);

  const playNames = readdirSync(SCENARIOS)
    .filter((file) => file.startsWith(playPrefix) && file.endsWith(PLAY_SUFFIX))
    .map((file) => file.slice(playPrefix.length, -PLAY_SUFFIX.length));

  return {
    scenario,
    playNames,
    temptationPlays: playNames.filter((name) => name !== "expert" && name !== "reckless"),
    loadPlay,
    play,
    card,
    finding,
    outcome: (name, rule) => finding(name, rule)?.outcome,
    unmetExpectationsOf: (name) => unmetExpectations(loadPlay(name), card(name)),
  };
}

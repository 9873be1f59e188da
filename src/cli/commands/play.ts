import type { CompiledPlay } from "../../content/compiledPlay";
import { runPlay } from "../../engine/headless/runPlay";
import { summarizeDrill } from "../../engine/headless/summarizeDrill";
import type { LogEntry } from "../../engine/log";
import type { ScenarioDefinition } from "../../engine/scenario";
import { formatSimTime } from "../../engine/time";
import { scoreDrill } from "../../scoring/scoreDrill";
import { type Command, UsageError } from "../command";
import {
  DRILL_FORMAT_HELP,
  DRILL_OUTPUT_OPTIONS,
  emitDrillOutput,
  parseDrillFormat,
  writeDrillOutput,
} from "../drillOutput";
import { EXPLAIN_HELP, explanation } from "../explainFinding";
import { unmetExpectations } from "../scenarioTests/playExpectations";
import { ContentError, loadPlay, loadScenario, parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash play <scenario> --script <play.yaml> [--seed N] [--format F] [--out file] [--explain R]

Runs a drill headless from a timed play script (scenarios/<scenario>.<name>.play.yaml) and prints its log,
a summary, the score and the log's SHA-256 hash, or the after-action report. <scenario> is an id
(scenarios/<id>.yaml) or a path. The same scenario, seed and script always print byte-identical output.
A step the engine rejected, or an expect: block that does not hold, is listed on stderr and exits 1.

Options:
  --script <file>   the play script to run (required)
  --seed <seed>     the seed (default: the play's seed, else "1")
${DRILL_FORMAT_HELP}
${EXPLAIN_HELP}
  -h, --help        show this help`;

function describe(entry: LogEntry): string {
  const { seq: _seq, at: _at, type: _type, cause: _cause, ...rest } = entry;
  return JSON.stringify(rest);
}

/** The log as one line per entry: `T+0:02 #12 action.accepted {…}`. */
export function logLines(log: readonly LogEntry[]): string[] {
  return log.map(
    (entry) => `${formatSimTime(entry.at).padEnd(12)} #${entry.seq} ${entry.type} ${describe(entry)}`,
  );
}

/** Every step the engine rejected (at its file:line:col) and every way the play's `expect:` block fails. */
function playProblems(scenario: ScenarioDefinition, play: CompiledPlay, log: readonly LogEntry[]): string[] {
  const rejected = log.flatMap((entry) => {
    if (entry.type !== "action.rejected") return [];
    const source = entry.cause.kind === "input" ? play.stepSources?.[entry.cause.input] : undefined;
    const where = source ? `${source.file}:${source.line}:${source.col} ` : "";
    return [
      `${where}step at ${formatSimTime(entry.at)} (${entry.action.type}) was rejected: ${entry.reason}`,
    ];
  });
  return [...rejected, ...unmetExpectations(play, scoreDrill(scenario, log))];
}

/** `hotwash play`: a headless drill from a play script. */
export const play: Command = {
  name: "play",
  summary: "run a drill headless from a play script and print its log",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(
      args,
      ["script", "seed", "explain", ...DRILL_OUTPUT_OPTIONS],
      "play",
    );
    const [reference] = positional;
    if (!reference || positional.length > 1)
      throw new UsageError("give one scenario; run hotwash play --help");
    if (!options.script) throw new UsageError("--script <play.yaml> is required");
    const format = parseDrillFormat(options.format);
    if (options.explain !== undefined && options.format !== undefined)
      throw new UsageError("--explain prints text; leave out --format");
    try {
      const scenario = loadScenario(reference, io.cwd);
      const compiled = loadPlay(options.script, io.cwd, scenario);
      if (compiled.scenario !== scenario.id)
        throw new UsageError(`the play is for scenario ${compiled.scenario}, not ${scenario.id}`);
      const result = runPlay(scenario, compiled, options.seed);
      const summary = summarizeDrill(result.state, result.phase);
      if (options.explain !== undefined)
        emitDrillOutput(explanation(scenario, result.log, options.explain), options.out, io);
      else
        await writeDrillOutput(
          {
            scenario,
            seed: result.seed,
            inputs: result.inputs,
            log: result.log,
            logHash: result.hash,
            logFields: { play: compiled.name, summary },
            textLines: [
              ...logLines(result.log),
              "",
              `scenario ${scenario.id} · play ${compiled.name} · seed ${result.seed}`,
              `ended ${summary.endReason ?? summary.phase} at ${formatSimTime(summary.now)}`,
              `injects delivered ${summary.injects.delivered.length}, skipped ${summary.injects.skipped.length}`,
              `attacker steps done ${summary.attacker.done.join(", ") || "none"}; skipped ${summary.attacker.skipped.join(", ") || "none"}`,
              `facts discovered ${summary.facts.discovered.length}, lost ${summary.facts.lost.join(", ") || "none"}`,
              `footholds still open ${summary.footholdsOpen.join(", ") || "none"}; leaks ${summary.leaks}; rejected ${summary.rejected}`,
            ],
            meta: { mode: "solo", playScript: options.script },
          },
          format,
          options,
          io,
        );
      const problems = playProblems(scenario, compiled, result.log);
      for (const problem of problems) io.err(`hotwash play: ${problem}`);
      return problems.length > 0 ? 1 : 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};

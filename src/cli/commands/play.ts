import { runPlay } from "../../engine/headless/runPlay";
import { summarizeDrill } from "../../engine/headless/summarizeDrill";
import type { LogEntry } from "../../engine/log";
import { formatSimTime } from "../../engine/time";
import { type Command, UsageError } from "../command";
import { ContentError, loadPlay, loadScenario, parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash play <scenario> --script <play.yaml> [--seed N] [--format text|json]

Runs a drill headless from a timed play script (scenarios/<scenario>.<name>.play.yaml) and prints its log,
a summary and the log's SHA-256 hash. <scenario> is an id (scenarios/<id>.yaml) or a path.
The same scenario, seed and script always print byte-identical output.

Options:
  --script <file>   the play script to run (required)
  --seed <seed>     the seed (default: the play's seed, else "1")
  --format <f>      text (default) or json
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

/** `hotwash play`: a headless drill from a play script. */
export const play: Command = {
  name: "play",
  summary: "run a drill headless from a play script and print its log",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ["script", "seed", "format"], "play");
    const [reference] = positional;
    if (!reference || positional.length > 1)
      throw new UsageError("give one scenario; run hotwash play --help");
    if (!options.script) throw new UsageError("--script <play.yaml> is required");
    const format = options.format ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`unknown format ${format}; use text or json`);
    try {
      const scenario = loadScenario(reference, io.cwd);
      const compiled = loadPlay(options.script, io.cwd, scenario);
      if (compiled.scenario !== scenario.id)
        throw new UsageError(`the play is for scenario ${compiled.scenario}, not ${scenario.id}`);
      const result = runPlay(scenario, compiled, options.seed);
      const summary = summarizeDrill(result.state);
      if (format === "json") {
        io.out(
          JSON.stringify(
            {
              formatVersion: 1,
              scenario: scenario.id,
              contentHash: scenario.contentHash,
              play: compiled.name,
              seed: result.seed,
              logHash: result.hash,
              summary,
              inputs: result.inputs,
              log: result.log,
            },
            null,
            2,
          ),
        );
      } else {
        for (const line of logLines(result.log)) io.out(line);
        io.out("");
        io.out(`scenario ${scenario.id} · play ${compiled.name} · seed ${result.seed}`);
        io.out(`ended ${summary.endReason ?? summary.phase} at ${formatSimTime(summary.now)}`);
        io.out(
          `injects delivered ${summary.injects.delivered.length}, skipped ${summary.injects.skipped.length}`,
        );
        io.out(
          `attacker steps done ${summary.attacker.done.join(", ") || "none"}; skipped ${summary.attacker.skipped.join(", ") || "none"}`,
        );
        io.out(
          `facts discovered ${summary.facts.discovered.length}, lost ${summary.facts.lost.join(", ") || "none"}`,
        );
        io.out(
          `footholds still open ${summary.footholdsOpen.join(", ") || "none"}; leaks ${summary.leaks}; rejected ${summary.rejected}`,
        );
        io.out(`log hash ${result.hash}`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};

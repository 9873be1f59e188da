import { basename, resolve } from "node:path";
import { MAX_DRILL_CHARS } from "../../content/drillFileFormat";
import { type DrillFileRead, readDrillFile } from "../../content/readDrillFile";
import { writePlayFile } from "../../content/writePlayFile";
import { hashLog } from "../../engine/headless/hashLog";
import { replay as replayDrill } from "../../engine/headless/replay";
import { summarizeDrill } from "../../engine/headless/summarizeDrill";
import type { DrillInput } from "../../engine/log";
import { formatSimTime } from "../../engine/time";
import { type Command, UsageError } from "../command";
import {
  DRILL_FORMAT_HELP,
  DRILL_OUTPUT_OPTIONS,
  emitDrillOutput,
  parseDrillFormat,
  writeDrillOutput,
} from "../drillOutput";
import { EXPLAIN_HELP, explanation } from "../explainFinding";
import { readCapped } from "../readCapped";
import { ContentError, loadScenario, parseOptions } from "./drillFiles";
import { logLines } from "./play";

const USAGE = `Usage: hotwash replay <drill.json> [--scenario <file>] [--format F] [--out file] [--explain R]
       hotwash replay <drill.json> --export-play [--out file]

Rebuilds a drill from its drill file (a solo drill exported from the browser, or a facilitated session saved
from the console; docs/drill-file.md) and prints its log, a summary, the score and the log hash, or the
after-action report. The scenario is read from scenarios/<id>.yaml. The file is read strictly: a file that is
not a well-formed drill, or whose content hash differs from the scenario's (the replay would not be exact), is
refused in one line and exit status 1.

Options:
  --scenario <file> read the scenario from this file instead of scenarios/<id>.yaml
${DRILL_FORMAT_HELP}
${EXPLAIN_HELP}
  --export-play     print the drill as a play script (scenarios/<id>.my-drill.play.yaml) instead; it
                    needs no scenario file, so a drill of an older version can become a test of the new one
  -h, --help        show this help`;

/** The drill in a file, read with the size cap before parsing, or the one-line reason it cannot be replayed. */
function readDrill(path: string, file: string): DrillFileRead {
  const read = readCapped(path, MAX_DRILL_CHARS);
  if (read.ok) return readDrillFile(read.text, file);
  if (!read.tooLarge && read.reason === "no such file") throw new UsageError(`no drill file at ${path}`);
  return { ok: false, message: `${file}: ${read.reason}` };
}

/** `hotwash replay`: rebuild a saved drill from its inputs. */
export const replay: Command = {
  name: "replay",
  summary: "rebuild a saved drill from its inputs and print its log",
  usage: USAGE,
  async run(args, io) {
    const exporting = args.includes("--export-play");
    const { positional, options } = parseOptions(
      args.filter((arg) => arg !== "--export-play"),
      ["scenario", "explain", ...DRILL_OUTPUT_OPTIONS],
      "replay",
    );
    const [file] = positional;
    if (!file || positional.length > 1)
      throw new UsageError("give one drill file; run hotwash replay --help");
    const format = parseDrillFormat(options.format);
    if (options.explain !== undefined && options.format !== undefined)
      throw new UsageError("--explain prints text; leave out --format");
    const read = readDrill(resolve(io.cwd, file), file);
    if (!read.ok) {
      io.err(`hotwash replay: ${read.message}`);
      return 1;
    }
    const { drill } = read;
    if (exporting) {
      if (options.format !== undefined || options.explain !== undefined)
        throw new UsageError("--export-play prints a play script; leave out --format and --explain");
      const text = writePlayFile({
        scenario: drill.scenario,
        name: "my-drill",
        description: `Exported from the ${drill.mode} drill ${basename(file)}.`,
        seed: drill.seed,
        inputs: drill.inputs,
      });
      emitDrillOutput(text, options.out, io);
      return 0;
    }
    try {
      const scenario = loadScenario(options.scenario ?? drill.scenario, io.cwd);
      if (scenario.id !== drill.scenario)
        throw new UsageError(`the drill was played on ${drill.scenario}, not ${scenario.id}`);
      if (drill.contentHash !== scenario.contentHash) {
        io.err(
          `hotwash replay: ${file}: ${drill.scenario} changed since the drill was saved (content hash differs)`,
        );
        return 1;
      }
      const last = drill.inputs[drill.inputs.length - 1]?.at ?? 0;
      const inputs: DrillInput[] =
        drill.now > last
          ? [...drill.inputs, { at: drill.now, intent: { type: "clock.advance" } }]
          : drill.inputs;
      const result = replayDrill(scenario, drill.seed, inputs);
      const summary = summarizeDrill(result.state, result.phase);
      const hash = hashLog(result.log);
      if (options.explain !== undefined)
        emitDrillOutput(explanation(scenario, result.log, options.explain), options.out, io);
      else
        await writeDrillOutput(
          {
            scenario,
            seed: drill.seed,
            inputs,
            log: result.log,
            logHash: hash,
            logFields: { summary },
            textLines: [
              ...logLines(result.log),
              "",
              `scenario ${scenario.id} · seed ${drill.seed} · ${summary.phase} at ${formatSimTime(summary.now)}`,
            ],
            meta: {
              ...(drill.mode === "facilitated"
                ? { mode: "facilitated", drillFile: file, participants: drill.session.roster }
                : { mode: "solo", drillFile: file }),
              ...(drill.planEdits?.length ? { planEdits: drill.planEdits } : {}),
            },
          },
          format,
          options,
          io,
        );
      return 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};

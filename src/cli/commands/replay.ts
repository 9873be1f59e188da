import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { hashLog } from "../../engine/headless/hashLog";
import { replay as replayDrill } from "../../engine/headless/replay";
import { summarizeDrill } from "../../engine/headless/summarizeDrill";
import type { DrillInput } from "../../engine/log";
import { formatSimTime } from "../../engine/time";
import { type Command, UsageError } from "../command";
import { DRILL_FORMAT_HELP, emitDrillOutput, parseDrillFormat, renderDrill } from "../drillOutput";
import { ContentError, loadScenario, parseOptions } from "./drillFiles";
import { logLines } from "./play";

const USAGE = `Usage: hotwash replay <saved-drill.json> [--scenario <file>] [--format F] [--out file]

Rebuilds a drill saved from the browser (or by \`hotwash play --format json\`) from its scenario, seed and
inputs, and prints its log, a summary, the score and the log hash, or the after-action report. The scenario is read from scenarios/<id>.yaml; a
saved content hash that differs from the scenario's is an error (the replay would not be exact).

Options:
  --scenario <file> read the scenario from this file instead of scenarios/<id>.yaml
${DRILL_FORMAT_HELP}
  -h, --help        show this help`;

interface SavedDrillFile {
  scenario: string;
  contentHash?: string;
  seed: string;
  inputs: DrillInput[];
  now?: number;
}

function readSaved(path: string): SavedDrillFile {
  if (!existsSync(path)) throw new UsageError(`no saved drill at ${path}`);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new UsageError(`${path} is not JSON`);
  }
  const scenario = data.scenarioId ?? data.scenario;
  if (typeof scenario !== "string" || typeof data.seed !== "string" || !Array.isArray(data.inputs))
    throw new UsageError(`${path} is not a saved drill (scenario id, seed and inputs are required)`);
  return {
    scenario,
    seed: data.seed,
    inputs: data.inputs as DrillInput[],
    ...(typeof data.contentHash === "string" ? { contentHash: data.contentHash } : {}),
    ...(typeof data.now === "number" ? { now: data.now } : {}),
  };
}

/** `hotwash replay`: rebuild a saved drill from its inputs. */
export const replay: Command = {
  name: "replay",
  summary: "rebuild a saved drill from its inputs and print its log",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ["format", "scenario", "out"], "replay");
    const [file] = positional;
    if (!file || positional.length > 1)
      throw new UsageError("give one saved drill file; run hotwash replay --help");
    const format = parseDrillFormat(options.format);
    const saved = readSaved(resolve(io.cwd, file));
    try {
      const scenario = loadScenario(options.scenario ?? saved.scenario, io.cwd);
      if (scenario.id !== saved.scenario)
        throw new UsageError(`the drill was played on ${saved.scenario}, not ${scenario.id}`);
      if (saved.contentHash && saved.contentHash !== scenario.contentHash) {
        io.err(`hotwash replay: ${saved.scenario} changed since the drill was saved (content hash differs)`);
        return 1;
      }
      const last = saved.inputs[saved.inputs.length - 1]?.at ?? 0;
      const inputs: DrillInput[] =
        saved.now !== undefined && saved.now > last
          ? [...saved.inputs, { at: saved.now, intent: { type: "clock.advance" } }]
          : saved.inputs;
      const result = replayDrill(scenario, saved.seed, inputs);
      const summary = summarizeDrill(result.state, result.phase);
      const hash = hashLog(result.log);
      const output = renderDrill(
        {
          scenario,
          seed: saved.seed,
          inputs,
          log: result.log,
          logHash: hash,
          logFields: { summary },
          textLines: [
            ...logLines(result.log),
            "",
            `scenario ${scenario.id} · seed ${saved.seed} · ${summary.phase} at ${formatSimTime(summary.now)}`,
          ],
          meta: { mode: "solo", drillFile: file },
        },
        format,
      );
      emitDrillOutput(output, options.out, io);
      return 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};

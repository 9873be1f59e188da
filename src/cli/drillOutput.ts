import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DrillInput, LogEntry } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";
import type { ReportMeta } from "../report/afterActionReport";
import { buildReport } from "../report/buildReport";
import { scoreDrill } from "../scoring/scoreDrill";
import { type CliIo, UsageError } from "./command";
import { isReportFormat, renderReportAs } from "./reportFormats";

export const DRILL_FORMATS = ["text", "log", "json", "md", "html", "csv"] as const;
export type DrillFormat = (typeof DRILL_FORMATS)[number];

export const DRILL_FORMAT_HELP = `  --format <f>      text (default: the log, a summary and the score), log (the log and summary as JSON),
                    or the after-action report as json, md, html or csv
  --out <file>      write the output to this file instead of standard output`;

/** The format named by `--format`, or a UsageError naming the choices. */
export function parseDrillFormat(value: string | undefined): DrillFormat {
  const format = value ?? "text";
  if (!(DRILL_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format ${format}; use ${DRILL_FORMATS.join(", ")}`);
  return format as DrillFormat;
}

export interface FinishedDrill {
  scenario: ScenarioDefinition;
  seed: string;
  inputs: readonly DrillInput[];
  log: readonly LogEntry[];
  logHash: string;
  /** Extra fields for the `log` format (play name, summary). */
  logFields: Record<string, unknown>;
  /** Lines printed before the score in the `text` format. */
  textLines: string[];
  meta: ReportMeta;
}

/** Renders a finished drill in the requested format: the log for people, the raw log, or the scored report. */
export function renderDrill(drill: FinishedDrill, format: DrillFormat): string {
  if (format === "log")
    return JSON.stringify(
      {
        formatVersion: 1,
        scenario: drill.scenario.id,
        contentHash: drill.scenario.contentHash,
        ...drill.logFields,
        seed: drill.seed,
        logHash: drill.logHash,
        inputs: drill.inputs,
        log: drill.log,
      },
      null,
      2,
    );
  const scoreCard = scoreDrill(drill.scenario, drill.log);
  if (isReportFormat(format)) {
    const report = buildReport({
      scenario: drill.scenario,
      seed: drill.seed,
      log: drill.log,
      scoreCard,
      inputs: drill.inputs,
      meta: drill.meta,
    });
    return renderReportAs(format, report);
  }
  const dimensions = Object.values(scoreCard.dimensions)
    .filter((dimension) => dimension.score !== undefined)
    .map((dimension) => `${dimension.id} ${dimension.score?.toFixed(1)} ${dimension.rating}`);
  const lost = scoreCard.findings
    .filter((finding) => finding.outcome === "violated" || finding.outcome === "partial")
    .map(
      (finding) =>
        `  ${finding.outcome.padEnd(8)} ${finding.rule}${finding.at === undefined ? "" : ` at ${formatSimTime(finding.at)}`}`,
    );
  return [
    ...drill.textLines,
    `score ${scoreCard.total.toFixed(1)} (${scoreCard.rating}) · ${dimensions.join(" · ")}`,
    ...(lost.length > 0 ? ["findings that cost points:", ...lost] : []),
    `log hash ${drill.logHash}`,
  ].join("\n");
}

/** Prints the output, or writes it to `--out` (relative to the working directory) and says where. */
export function emitDrillOutput(output: string, out: string | undefined, io: CliIo): void {
  if (!out) {
    io.out(output);
    return;
  }
  const path = resolve(io.cwd, out);
  writeFileSync(path, output.endsWith("\n") ? output : `${output}\n`);
  io.err(`wrote ${out}`);
}

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { DrillInput, LogEntry } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";
import { wallClockAt } from "../engine/wallClock";
import type { ReportMeta } from "../report/afterActionReport";
import { buildReport } from "../report/buildReport";
import { renderHtml } from "../report/render/renderHtml";
import { scoreDrill } from "../scoring/scoreDrill";
import { type CliIo, UsageError } from "./command";
import { type PaperSize, renderPdf } from "./renderPdf";
import { isReportFormat, renderReportAs } from "./reportFormats";

export const DRILL_FORMATS = ["text", "log", "json", "md", "html", "csv", "xapi", "pdf"] as const;
export type DrillFormat = (typeof DRILL_FORMATS)[number];

/** The options `play` and `replay` read besides their own. */
export const DRILL_OUTPUT_OPTIONS = ["format", "out", "chromium-path", "paper", "tlp"] as const;

export const DRILL_FORMAT_HELP = `  --format <f>      text (default: the log, a summary and the score), log (the log and summary as JSON),
                    or the after-action report as json, md, html, csv, xapi (xAPI statements) or pdf
  --out <file>      write the output to this file instead of standard output (required for pdf)
  --paper <size>    pdf paper: a4 (default) or letter
  --tlp <marking>   the TLP marking on every page (default TLP:AMBER), e.g. TLP:CLEAR, TLP:GREEN, TLP:RED
  --chromium-path <exe>  the Chromium that prints the pdf (default: CHROME_PATH or the system's chromium)`;

const TLP_MARKINGS = ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"];

/** The TLP marking named by `--tlp` (with or without the `TLP:` prefix), or a UsageError naming the choices. */
export function parseTlp(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const marking = `TLP:${value.toUpperCase().replace(/^TLP:/, "")}`;
  if (!TLP_MARKINGS.includes(marking))
    throw new UsageError(`unknown TLP marking ${value}; use ${TLP_MARKINGS.join(", ")}`);
  return marking;
}

/** The paper named by `--paper`, or a UsageError naming the choices. */
export function parsePaper(value: string | undefined): PaperSize {
  const paper = (value ?? "a4").toLowerCase();
  if (paper !== "a4" && paper !== "letter") throw new UsageError(`unknown paper ${value}; use a4 or letter`);
  return paper;
}

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
  if (format === "pdf") throw new UsageError("--format pdf is written with --out, not printed");
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

/**
 * Renders a finished drill as `--format` says and prints it or writes it to `--out`; a PDF is printed from the
 * HTML report by Chromium (never downloaded) with its dates fixed to the drill's end.
 */
export async function writeDrillOutput(
  drill: FinishedDrill,
  format: DrillFormat,
  options: Record<string, string>,
  io: CliIo,
): Promise<void> {
  const tlp = parseTlp(options.tlp);
  const withTlp: FinishedDrill = tlp === undefined ? drill : { ...drill, meta: { ...drill.meta, tlp } };
  if (format !== "pdf") {
    emitDrillOutput(renderDrill(withTlp, format), options.out, io);
    return;
  }
  if (!options.out) throw new UsageError("--format pdf needs --out <file.pdf>");
  const paper = parsePaper(options.paper);
  const report = buildReport({
    scenario: withTlp.scenario,
    seed: withTlp.seed,
    log: withTlp.log,
    scoreCard: scoreDrill(withTlp.scenario, withTlp.log),
    inputs: withTlp.inputs,
    meta: withTlp.meta,
  });
  const ended = withTlp.log.find((entry) => entry.type === "drill.ended")?.at ?? withTlp.log.at(-1)?.at ?? 0;
  const date = withTlp.scenario.start ? wallClockAt(withTlp.scenario.start, ended).epochMs : 0;
  const pdfOptions = { paper, title: report.overview.scenario.title, date };
  const pdf = await renderPdf(
    renderHtml(report),
    options["chromium-path"] === undefined
      ? pdfOptions
      : { ...pdfOptions, chromiumPath: options["chromium-path"] },
  );
  const path = resolve(io.cwd, options.out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pdf);
  io.err(`wrote ${options.out}`);
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

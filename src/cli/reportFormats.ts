import type { AfterActionReport } from "../report/afterActionReport";
import { renderCsv } from "../report/render/renderCsv";
import { renderHtml } from "../report/render/renderHtml";
import { renderJson } from "../report/render/renderJson";
import { renderMarkdown } from "../report/render/renderMarkdown";
import { renderXapi } from "../report/render/renderXapi";

export type ReportFormat = "json" | "md" | "html" | "csv" | "xapi";

export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "md", "html", "csv", "xapi"];

/** True when `value` names a report format the CLI can write. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The report rendered in the CLI's `--format`. */
export function renderReportAs(format: ReportFormat, report: AfterActionReport): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "md":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report);
    case "csv":
      return renderCsv(report);
    case "xapi":
      return renderXapi(report);
  }
}

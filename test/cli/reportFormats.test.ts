import { describe, expect, it } from "vitest";
import { isReportFormat, REPORT_FORMATS, renderReportAs } from "../../src/cli/reportFormats";
import { buildReport } from "../../src/report/buildReport";
import { renderCsv } from "../../src/report/render/renderCsv";
import { renderHtml } from "../../src/report/render/renderHtml";
import { renderJson } from "../../src/report/render/renderJson";
import { renderMarkdown } from "../../src/report/render/renderMarkdown";
import { renderXapi } from "../../src/report/render/renderXapi";
import { miniDrill } from "../report/fixtures/drill";

describe("renderReportAs", () => {
  const report = buildReport(miniDrill());

  it("renders each --format with its renderer", () => {
    expect(renderReportAs("json", report)).toBe(renderJson(report));
    expect(renderReportAs("md", report)).toBe(renderMarkdown(report));
    expect(renderReportAs("html", report)).toBe(renderHtml(report));
    expect(renderReportAs("csv", report)).toBe(renderCsv(report));
    expect(renderReportAs("xapi", report)).toBe(renderXapi(report));
  });

  it("knows exactly the five text formats (pdf is printed from html)", () => {
    expect(REPORT_FORMATS).toEqual(["json", "md", "html", "csv", "xapi"]);
    expect(isReportFormat("md")).toBe(true);
    expect(isReportFormat("pdf")).toBe(false);
  });
});

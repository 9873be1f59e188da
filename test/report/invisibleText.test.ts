import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport";
import { renderCsv } from "../../src/report/render/renderCsv";
import { renderHtml } from "../../src/report/render/renderHtml";
import { renderMarkdown } from "../../src/report/render/renderMarkdown";
import { miniDrill, PLAIN_TEXT } from "./fixtures/drill";

/** A codename that reads "Blue Heron exe.txt" but is "Blue Heron " + RLO + "txt.exe", with a zero-width space. */
const DISGUISED = "Blue Heron \u202etxt.exe\u200b";

describe("bidi and invisible characters in a report are shown where they hide", () => {
  const report = buildReport(miniDrill({ ...PLAIN_TEXT, codename: DISGUISED }));

  it.each([
    ["HTML", renderHtml(report)],
    ["Markdown", renderMarkdown(report)],
    ["CSV", renderCsv(report)],
  ])("in %s", (_format, text) => {
    expect(text).not.toMatch(/[\u202e\u200b]/);
    expect(text).toMatch(/U\\?\+202E/);
    expect(text).toMatch(/U\\?\+200B/);
  });
});

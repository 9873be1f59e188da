import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/report/buildReport";
import { escapeMarkdown, markdownCodeBlock } from "../../../src/report/render/escapeMarkdown";
import { renderMarkdown } from "../../../src/report/render/renderMarkdown";
import { revealInvisible } from "../../../src/report/render/revealInvisible";
import { miniDrill } from "../fixtures/drill";
import { readMarkdown } from "../support/markdownText";

describe("escapeMarkdown", () => {
  it.each([
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)>"],
    ["# not a heading", "\\# not a heading"],
    ["1. not a list", "1\\. not a list"],
    ["- not an item", "\\- not an item"],
    ["> not a quote", "\\> not a quote"],
    ["&amp; stays", "\\&amp; stays"],
    ["see https://x.example or www.x.example", "see https\\://x.example or www\\.x.example"],
    ["two\nlines", "two\\\nlines"],
    ["a | b", "a \\| b"],
    ["*bold* and _em_ but snake_case", "\\*bold\\* and \\_em\\_ but snake_case"],
    ["2026-12-03T13:02, 3 h (par 5 min). Done!", "2026-12-03T13:02, 3 h (par 5 min). Done!"],
  ])("escapes only what Markdown would misread: %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("continues hard breaks with the given indent", () => {
    expect(escapeMarkdown("a\r\nb\rc", "  ")).toBe("a\\\n  b\\\n  c");
  });

  it("leaves nothing active and reads back verbatim, invisible characters shown, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const read = readMarkdown(`- ${escapeMarkdown(text, "  ")}`);
        expect(read.unescaped).toEqual([]);
        const shown = revealInvisible(text);
        expect(read.text).toBe(`- ${shown.replace(/\r\n|\r/g, "\n").replace(/\n +/g, "\n")}`);
      }),
    );
  });

  it("fences code so that no backtick run inside can close it", () => {
    expect(markdownCodeBlock("a ```` b")).toBe("`````\na ```` b\n`````");
    expect(markdownCodeBlock("plain")).toBe("```\nplain\n```");
  });
});

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(buildReport(miniDrill()));

  it("has the report's sections in order", () => {
    expect(markdown.match(/^## .*$/gm)).toEqual([
      "## Executive summary",
      "## Exercise overview",
      "## Analysis of core capabilities",
      "## Conclusions",
      "## Improvement plan",
      "## What really happened",
      "## The real incidents behind the scenario",
      "## Appendix A: Scores",
      "## Appendix B: Timeline of events",
      "## Appendix C: Facts found, missed and lost",
      "## Appendix D: Facilitator record",
      "## Appendix E: Every rubric finding",
      "## Appendix F: Identifiers for tools",
    ]);
  });

  it("tabulates dimension scores with HSEEP ratings", () => {
    expect(markdown).toContain("| Containment order | 100 | P, Performed without challenges | 15 |");
    expect(markdown).toContain("| Mitigation | n/a | n/a, Not applicable | 6.25 |");
  });

  it("gives the replay commands as code blocks", () => {
    expect(markdown).toContain("```\nnpx hotwash replay hotwash-drill-mini-keys-42.json\n```");
  });

  it("ends with one newline and is deterministic", () => {
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
    expect(renderMarkdown(buildReport(miniDrill()))).toBe(markdown);
  });
});

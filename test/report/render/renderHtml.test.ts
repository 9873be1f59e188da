// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/report/buildReport";
import { escapeHtml, html } from "../../../src/report/render/escapeHtml";
import { renderHtml } from "../../../src/report/render/renderHtml";
import { miniDrill } from "../fixtures/drill";

const report = buildReport(miniDrill());
const page = renderHtml(report);
const doc = new DOMParser().parseFromString(page, "text/html");

describe("renderHtml", () => {
  it("escapes the five HTML-special characters, in text and in attribute values", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(html`<p title="${'" onmouseover="x'}">${"<b>"}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;b&gt;</p>',
    );
    expect(html`<ul>${["<1>", html`<li>ok</li>`]}</ul>`.value).toBe("<ul>&lt;1&gt;<li>ok</li></ul>");
  });

  it("is a self-contained page: a doctype, lang, a strict CSP, no script and nothing fetched", () => {
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(doc.querySelectorAll("script").length).toBe(0);
    const fetched = [...doc.querySelectorAll("[src], [href]")].map(
      (element) => element.getAttribute("src") ?? element.getAttribute("href"),
    );
    expect(fetched).toEqual(["data:,"]);
  });

  it("prints like the PDF: the summary alone on page one, running header with TLP, page x of y, repeated table heads", () => {
    const css = doc.querySelector("style")?.textContent ?? "";
    expect(css).toContain("@media print");
    expect(css).toContain(".summary-page { break-after: page;");
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages)');
    expect(css).toMatch(/@top-right \{ content: "TLP\\3a AMBER"/);
    expect(css).toContain("thead { display: table-header-group; }");
  });

  it("writes the exercise name into the page header as an inert CSS string", () => {
    const hostile = renderHtml(
      buildReport({ ...miniDrill(), scenario: { ...miniDrill().scenario, title: 'Keys"; } </style><b>x' } }),
    );
    const css =
      new DOMParser().parseFromString(hostile, "text/html").querySelector("style")?.textContent ?? "";
    expect(css).toContain(
      '@top-left { content: "Keys\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c b\\3e x\\3a  after\\2d action report"',
    );
    expect(hostile).not.toContain("</style><b>");
  });

  it("has one h1 and never skips a heading level", () => {
    const levels = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) =>
      Number(heading.tagName[1]),
    );
    expect(levels.filter((level) => level === 1).length).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect((levels[i] as number) - (levels[i - 1] as number)).toBeLessThanOrEqual(1);
  });

  it("gives every table header cell a scope", () => {
    const headers = [...doc.querySelectorAll("th")];
    expect(headers.length).toBeGreaterThan(20);
    for (const header of headers) expect(["col", "row"]).toContain(header.getAttribute("scope"));
  });

  it("has every section, each labelled by its heading", () => {
    const sections = [...doc.querySelectorAll("section")].map((section) => [
      section.id,
      doc.getElementById(section.getAttribute("aria-labelledby") ?? "")?.textContent,
    ]);
    expect(sections).toEqual([
      ["summary", "Borrowed Keys (mini): executive summary"],
      ["overview", "Exercise overview"],
      ["analysis", "Analysis of core capabilities"],
      ["conclusions", "Conclusions"],
      ["plan", "Improvement plan"],
      ["attacker", "What really happened"],
      ["lessons", "The real incidents behind the scenario"],
      ["appendix-scores", "Appendix A: Scores"],
      ["appendix-timeline", "Appendix B: Timeline of events"],
      ["appendix-facts", "Appendix C: Facts found, missed and lost"],
      ["appendix-record", "Appendix D: Facilitator record"],
      ["appendix-identifiers", "Appendix E: Identifiers for tools"],
    ]);
  });

  it("draws the dimension bar chart with rating colours that also carry a text label", () => {
    const chart = doc.querySelector("#appendix-scores svg");
    expect(chart?.getAttribute("role")).toBe("img");
    const labels = [...(chart?.querySelectorAll("text.bar-value") ?? [])].map((label) => label.textContent);
    expect(labels).toContain("100 · P");
    expect(labels).toContain("0 · U");
    expect(labels).toContain("n/a");
    const fills = [...(chart?.querySelectorAll("rect") ?? [])].map((bar) => bar.getAttribute("fill"));
    expect(fills[0]).toBe("#1b7f3b");
    expect(new Set(fills).size).toBeGreaterThan(2);
  });

  it("draws the swimlane with a dot per timeline entry and a mark per finding", () => {
    const chart = doc.querySelector("#appendix-timeline svg");
    const lanes = [...(chart?.querySelectorAll("text.lane-label") ?? [])].map((label) => label.textContent);
    expect(lanes).toEqual(["Attacker", "Injects", "Players", "Findings"]);
    expect(chart?.querySelectorAll('circle[r="5"]').length).toBe(report.timeline.entries.length);
    expect(chart?.querySelectorAll("text.mark").length).toBe(report.timeline.findingMarks.length);
    const ticks = [...(chart?.querySelectorAll("text.tick-label") ?? [])].map((tick) => tick.textContent);
    expect(ticks[0]).toBe("earlier");
    expect(ticks.at(-1)).toBe("17 Nov 14:00");
  });

  it("shows each area as one act with who did it, what to do instead and its root cause; the replay command last", () => {
    const area = [...doc.querySelectorAll("#analysis article")].find((article) =>
      article.querySelector("h4")?.textContent?.startsWith("Terminate instance: Web server 1"),
    );
    expect(area?.querySelector("h4")?.textContent).toBe(
      "Terminate instance: Web server 1 — ✗ violated (17 points)",
    );
    expect(area?.textContent).toContain("who: Sam Patel (Security lead)");
    expect(area?.textContent).toContain(
      "Instead: Isolate and shut down, image the disks, never terminate an affected instance.",
    );
    expect(area?.closest(".capability")?.textContent).toContain("Root cause");
    expect(doc.querySelector("#appendix-identifiers pre code")?.textContent).toBe(
      "npx hotwash replay hotwash-drill-mini-keys-42.json",
    );
  });

  it("is deterministic", () => {
    expect(renderHtml(buildReport(miniDrill()))).toBe(page);
  });
});

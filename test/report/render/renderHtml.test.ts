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

  it("prints cleanly: a print stylesheet with page breaks between sections", () => {
    const css = doc.querySelector("style")?.textContent ?? "";
    expect(css).toContain("@media print");
    expect(css).toContain("section + section { break-before: page; }");
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
      ["overview", "Exercise overview"],
      ["summary", "Executive summary"],
      ["scores", "Scores by dimension"],
      ["hseep", "HSEEP analysis"],
      ["strengths", "Strengths"],
      ["areas", "Areas for improvement"],
      ["timeline", "Timeline"],
      ["attacker", "What really happened"],
      ["facts", "Facts discovered and missed"],
      ["plan", "Improvement plan"],
      ["facilitator", "Facilitator record"],
      ["findings", "All findings"],
      ["replay", "How to replay it"],
    ]);
  });

  it("draws the dimension bar chart with rating colours that also carry a text label", () => {
    const chart = doc.querySelector("#scores svg");
    expect(chart?.getAttribute("role")).toBe("img");
    const labels = [...(chart?.querySelectorAll("text.bar-value") ?? [])].map((label) => label.textContent);
    expect(labels).toContain("100 · P (Performed without challenges)");
    expect(labels).toContain("0 · U (Unable to be performed)");
    expect(labels).toContain("n/a");
    const fills = [...(chart?.querySelectorAll("rect") ?? [])].map((bar) => bar.getAttribute("fill"));
    expect(fills[0]).toBe("#1b7f3b");
    expect(new Set(fills).size).toBeGreaterThan(2);
  });

  it("draws the swimlane with a dot per timeline entry and a mark per finding", () => {
    const chart = doc.querySelector("#timeline svg");
    const lanes = [...(chart?.querySelectorAll("text.lane-label") ?? [])].map((label) => label.textContent);
    expect(lanes).toEqual(["Attacker", "Injects", "Players", "Findings"]);
    expect(chart?.querySelectorAll('circle[r="5"]').length).toBe(report.timeline.entries.length);
    expect(chart?.querySelectorAll("text.mark").length).toBe(report.timeline.findingMarks.length);
    const ticks = [...(chart?.querySelectorAll("text.tick-label") ?? [])].map((tick) => tick.textContent);
    expect(ticks[0]).toBe("before T0");
    expect(ticks.at(-1)).toBe("T+5:00");
  });

  it("shows findings with the checklist line and what to do instead, and the replay command", () => {
    const area = doc.querySelectorAll("#areas article")[1];
    expect(area?.querySelector("h3")?.textContent).toBe("Never terminate an affected instance — ✗ violated");
    expect(area?.textContent).toContain("17.1 points of 100");
    expect(area?.textContent).toContain("What to do instead");
    expect(area?.textContent).toContain(
      "Isolate and shut down, image the disks, never terminate an affected instance.",
    );
    expect(area?.textContent).toContain("Sam Patel (Security lead)");
    expect(doc.querySelector("#replay pre code")?.textContent).toBe(
      "npx hotwash replay hotwash-drill-mini-keys-42.json",
    );
  });

  it("is deterministic", () => {
    expect(renderHtml(buildReport(miniDrill()))).toBe(page);
  });
});

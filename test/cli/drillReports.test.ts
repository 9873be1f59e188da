import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const ROOT = join(import.meta.dirname, "../..");
const EXPERT = ["play", "borrowed-keys", "--script", "scenarios/borrowed-keys.expert.play.yaml"];
const RECKLESS = ["play", "borrowed-keys", "--script", "scenarios/borrowed-keys.reckless.play.yaml"];
const scratch = mkdtempSync(join(tmpdir(), "hotwash-report-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function hotwash(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    cwd: ROOT,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("hotwash play prints the after-action report", () => {
  it("as JSON with the total, the dimensions, the findings and the log hash", async () => {
    const run = await hotwash([...EXPERT, "--format", "json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.formatVersion).toBe(2);
    expect(report.score.total).toBeGreaterThanOrEqual(90);
    expect(report.overview.logHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.findings.length).toBeGreaterThan(30);
  });

  it("scores the reckless play below 40 in the text summary and names the broken rules", async () => {
    const run = await hotwash(RECKLESS);
    expect(run.status).toBe(0);
    const score = Number(/^score ([\d.]+)/m.exec(run.stdout)?.[1]);
    expect(score).toBeLessThan(40);
    expect(run.stdout).toMatch(/violated +evidence\.no-terminate at T\+/);
  });

  it("as Markdown, HTML and CSV", async () => {
    const md = await hotwash([...EXPERT, "--format", "md"]);
    expect(md.stdout).toMatch(/^# /m);
    const html = await hotwash([...EXPERT, "--format", "html"]);
    expect(html.stdout.toLowerCase()).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toContain("<script");
    const csv = await hotwash([...RECKLESS, "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toContain("record");
    expect(csv.stdout).toContain("evidence.no-terminate");
  });

  it("writes the report to --out and says where", async () => {
    const out = join(scratch, "aar.html");
    const run = await hotwash([...EXPERT, "--format", "html", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`wrote ${out}`);
    expect(readFileSync(out, "utf8")).toContain("Borrowed Keys");
  });

  it("refuses an unknown format in one line", async () => {
    const run = await hotwash([...EXPERT, "--format", "docx"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "hotwash play: unknown format docx; use text, log, json, md, html, csv, xapi, pdf",
    );
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlay, loadScenario } from "../../src/cli/commands/drillFiles";
import { renderReportAs } from "../../src/cli/reportFormats";
import { runPlay } from "../../src/engine/headless/runPlay";
import { buildReport } from "../../src/report/buildReport";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { readMarkdown } from "./support/markdownText";
import { schemaErrors } from "./support/schemaCheck";

const ROOT = join(import.meta.dirname, "../..");
const schema = JSON.parse(readFileSync(join(ROOT, "docs/report.schema.json"), "utf8"));

function reportOf(play: string) {
  const scenario = loadScenario("borrowed-keys", ROOT);
  const script = `scenarios/borrowed-keys.${play}.play.yaml`;
  const result = runPlay(scenario, loadPlay(script, ROOT, scenario));
  const scoreCard = scoreDrill(scenario, result.log);
  return buildReport({
    scenario,
    seed: result.seed,
    log: result.log,
    scoreCard,
    inputs: result.inputs,
    meta: { mode: "solo", playScript: script },
  });
}

describe.each(["expert", "reckless"])("the report of Borrowed Keys, %s play", (play) => {
  const report = reportOf(play);

  it("fits the JSON Schema and renders in every format", () => {
    expect(schemaErrors(schema, JSON.parse(renderReportAs("json", report)))).toEqual([]);
    expect(readMarkdown(renderReportAs("md", report)).unescaped).toEqual([]);
    expect(renderReportAs("html", report)).toContain(
      '<h1 id="summary-title">Borrowed Keys: executive summary</h1>',
    );
    expect(renderReportAs("csv", report).split("\r\n").length).toBe(
      report.findings.length + report.improvementPlan.length + 2,
    );
  }, 60_000);

  it("accounts for every lost point: the findings', the consequences' and the critical tasks' points add up to 100 minus the total", () => {
    const lost =
      report.findings.reduce((sum, finding) => sum + finding.pointsLost, 0) +
      report.score.consequencePoints +
      report.score.slipPoints +
      report.score.criticalTaskPoints;
    // why: the total never goes below 0, so a drill that lost more than everything accounts for exactly 100.
    expect(Math.abs(100 - report.score.total - Math.min(100, lost))).toBeLessThan(0.6);
  });

  it("tells the whole attacker script and gives the exact play command", () => {
    expect(report.whatReallyHappened.length).toBeGreaterThan(0);
    expect(report.replay.commands.play).toBe(
      `npx hotwash play borrowed-keys --script scenarios/borrowed-keys.${play}.play.yaml --seed ${report.overview.seed}`,
    );
  });
});

describe("expert against reckless", () => {
  const expert = reportOf("expert");
  const reckless = reportOf("reckless");

  it("the expert run leaves nothing to improve; the reckless run's plan names the rules it broke", () => {
    expect(expert.score.total).toBeGreaterThanOrEqual(90);
    expect(reckless.score.total).toBeLessThan(40);
    const broken = reckless.findings.filter((finding) => finding.outcome === "violated").map((f) => f.rule);
    expect(broken.length).toBeGreaterThan(0);
    expect(reckless.improvementPlan.flatMap((item) => item.rules)).toEqual(expect.arrayContaining(broken));
    expect(reckless.executiveSummary.areas.length).toBe(3);
  });
});

describe.each(["expert", "reckless"])("the golden report of Borrowed Keys, %s play", (play) => {
  // why: any change to the engine, scoring or report that changes what a player reads must be looked at and
  // accepted on purpose (`npx vitest run test/report/shippedPlays.test.ts -u` rewrites the golden files).
  it("is exactly the committed Markdown and JSON", async () => {
    const report = reportOf(play);
    await expect(renderReportAs("md", report)).toMatchFileSnapshot(`golden/borrowed-keys.${play}.md`);
    await expect(renderReportAs("json", report)).toMatchFileSnapshot(`golden/borrowed-keys.${play}.json`);
  });
});

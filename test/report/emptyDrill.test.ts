import { describe, expect, it } from "vitest";
import { renderReportAs } from "../../src/cli/reportFormats";
import type { DimensionId } from "../../src/engine/organisation";
import { buildReport } from "../../src/report/buildReport";
import type { DimensionScore, ScoreCard } from "../../src/scoring/scoreCard";
import { miniScenario } from "./fixtures/scenario";

describe("a drill abandoned at the briefing", () => {
  const scenario = { ...miniScenario(), attacker: [], facts: [] };
  const dimensions = Object.fromEntries(
    Object.keys(scenario.organisation.dimensionWeights).map((id) => [
      id,
      { id, title: id, score: undefined, rating: undefined, weight: 1, findings: [] } as DimensionScore,
    ]),
  ) as Record<DimensionId, DimensionScore>;
  const scoreCard: ScoreCard = {
    total: 0,
    weightedMean: 0,
    rating: "U",
    criticalTasks: [],
    criticalTaskPoints: 0,
    consequences: [],
    consequencePoints: 0,
    slipPoints: 0,
    dimensions,
    findings: [],
    steps: [],
  };
  const report = buildReport({
    scenario,
    seed: "7",
    log: [
      {
        seq: 0,
        at: 0,
        actor: { kind: "world" },
        cause: { kind: "schedule" },
        type: "drill.started",
        seed: "7",
        scenario: "mini-keys",
        contentHash: "x",
      },
    ],
    scoreCard,
    inputs: [],
    meta: { mode: "solo" },
  });

  it("still reports: no violation, nothing to improve, an empty timeline at T0", () => {
    expect(report.executiveSummary.verdict).toMatch(
      /^The team scored 0 out of 100: U, unable to be performed\./,
    );
    expect(report.executiveSummary.areas).toEqual([]);
    expect(report.improvementPlan.filter((item) => item.source === "drill")).toEqual([]);
    expect(report.timeline).toMatchObject({ from: 0, to: 0, entries: [], findingMarks: [] });
    expect(report.overview).toMatchObject({ duration: 0, durationText: "0 min", logEntries: 1 });
    expect(report.overview.playedAt).toBeUndefined();
  });

  it.each(["json", "md", "html", "csv"] as const)("renders as %s", (format) => {
    expect(renderReportAs(format, report).length).toBeGreaterThan(100);
  });
});

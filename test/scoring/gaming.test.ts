import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioFilesIn } from "../../src/cli/scenarioTests/testScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { DrillInput } from "../../src/engine/log";
import type { DimensionId } from "../../src/engine/organisation";
import type { ScoreCard } from "../../src/scoring/scoreCard";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { scenarioHarness } from "../scenarios/support/scenarioHarness";
import { doEverything, doNothing, shiftedLate } from "./support/gamingPlays";

/** Every shipped scenario, found by file name: a new scenario is held to the same bar without touching this file. */
const ids = scenarioFilesIn(join(import.meta.dirname, "../../scenarios")).map((path) =>
  basename(path).replace(/\.yaml$/, ""),
);

/**
 * Points each dimension's findings cost the total beyond the expert's: each finding's points lost (its share of the
 * mean and its slip floor) plus the consequences listed under it.
 */
function dimensionLosses(expert: ScoreCard, card: ScoreCard): [DimensionId, number][] {
  const losses = new Map<DimensionId, number>();
  const add = (card: ScoreCard, sign: number) => {
    const dimensionOf = new Map(card.findings.map((finding) => [finding.rule, finding.dimension]));
    for (const finding of card.findings)
      losses.set(finding.dimension, (losses.get(finding.dimension) ?? 0) + sign * (finding.pointsLost ?? 0));
    for (const consequence of card.consequences) {
      const dimension = dimensionOf.get(consequence.rule);
      if (dimension) losses.set(dimension, (losses.get(dimension) ?? 0) + sign * consequence.points);
    }
  };
  add(card, 1);
  add(expert, -1);
  return [...losses].sort((a, b) => b[1] - a[1]);
}

describe.each(ids)("%s cannot be gamed", (id) => {
  const harness = scenarioHarness(id);
  const { scenario } = harness;
  const score = (inputs: readonly DrillInput[]) => scoreDrill(scenario, runPlay(scenario, { inputs }).log);
  const expert = harness.card("expert");

  it("the expert play scores at least 90 and beats every other shipped play", () => {
    expect(expert.total).toBeGreaterThanOrEqual(90);
    for (const name of harness.playNames.filter((name) => name !== "expert"))
      expect(harness.card(name).total, name).toBeLessThan(expert.total);
  });

  it("the reckless play scores under 40", () => {
    expect(harness.card("reckless").total).toBeLessThan(40);
  });

  it("a team that does nothing scores under 25", () => {
    expect(score(doNothing()).total).toBeLessThan(25);
  });

  it("doing every action on every target at minute 2 scores under 60", () => {
    expect(score(doEverything(scenario)).total).toBeLessThan(60);
  });

  it("the expert play started three days late scores under 70", () => {
    expect(score(shiftedLate(harness.loadPlay("expert").inputs, 3)).total).toBeLessThan(70);
  });

  it.each(harness.temptationPlays.map((name) => [name]))(
    "%s loses at least 3 points, and its own rule's dimension loses the most or a whole slip",
    (name) => {
      const card = harness.card(name);
      expect(Math.round(10 * (expert.total - card.total)) / 10).toBeGreaterThanOrEqual(3);
      const own = card.findings.find((finding) => finding.rule === harness.loadPlay(name).tests);
      // why: a play whose rule is met shows the right answer to a dilemma; it has no slip of its own to weigh.
      if (own === undefined || own.outcome === "met" || own.outcome === "n/a") return;
      const losses = dimensionLosses(expert, card);
      const mine = losses.find(([dimension]) => dimension === own.dimension)?.[1] ?? 0;
      // why: a slip whose harm lands elsewhere (a tip-off, then destroyed evidence) may lose more there; its own
      // dimension still pays at least the whole slip.
      expect(
        mine >= (losses[0]?.[1] ?? 0) || mine >= scenario.organisation.slipPoints,
        `losses by dimension: ${JSON.stringify(losses)}`,
      ).toBe(true);
    },
  );
});

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LibraryScenario, loadLibrary } from "../../src/cli/ruleCoverage/loadLibrary";
import type { Condition } from "../../src/engine/condition";
import { runPlay } from "../../src/engine/headless/runPlay";
import { type SimulationReport, simulate } from "../../src/engine/headless/simulate";
import type { ScenarioDefinition } from "../../src/engine/scenario";

const ROOT = join(import.meta.dirname, "../..");
const SEEDS = 500;
const SHIPPED = ["borrowed-keys", "fetch-the-keys", "inside-voice", "push-until-yes", "tainted-installer"];
const library = loadLibrary("scenarios", ROOT);

function stepsIn(condition: Condition | undefined): string[] {
  if (condition === undefined || typeof condition !== "object") return [];
  if ("attackerStep" in condition) return [condition.attackerStep];
  return Object.values(condition).flatMap((value) =>
    Array.isArray(value) ? value.flatMap((item) => stepsIn(item as Condition)) : stepsIn(value as Condition),
  );
}

/**
 * The play an inject needs, when it hangs on an attacker step marked `needsPlay`: the step triggers it, or its
 * `when` waits for that step.
 */
function injectNeedsPlay(scenario: ScenarioDefinition, inject: string): string | undefined {
  const found = scenario.injects.find((candidate) => candidate.id === inject);
  const waitsFor = new Set([...stepsIn(found?.when), ...stepsIn(found?.unless)]);
  return scenario.attacker.find(
    (step) =>
      step.needsPlay !== undefined &&
      (waitsFor.has(step.id) ||
        step.effects.some((effect) => "triggerInject" in effect && effect.triggerInject === inject)),
  )?.needsPlay;
}

/** What the named shipped play reaches with its own seed: attacker steps done and injects delivered. */
function reachedBy(entry: LibraryScenario, name: string): { steps: Set<string>; injects: Set<string> } {
  const play = entry.plays.find((candidate) => candidate.name === name);
  if (!play)
    throw new Error(
      `needsPlay names ${name}, but scenarios/${entry.scenario.id}.${name}.play.yaml is missing`,
    );
  const { log } = runPlay(entry.scenario, play);
  return {
    steps: new Set(log.flatMap((logged) => (logged.type === "attacker.step" ? [logged.step] : []))),
    injects: new Set(log.flatMap((logged) => (logged.type === "inject.delivered" ? [logged.inject] : []))),
  };
}

it("lints every shipped scenario", () => {
  expect(library.map((entry) => entry.scenario.id)).toEqual(SHIPPED);
});

describe.each(library.map((entry) => [entry.scenario.id, entry] as const))(
  `%s under the random policy over ${SEEDS} seeds`,
  (_id, entry) => {
    const { scenario } = entry;
    let report: SimulationReport;
    beforeAll(() => {
      report = simulate(scenario, { runs: SEEDS, seed: "lint", policy: "random" });
    }, 300_000);

    it("plays every seed to the end without throwing", () => {
      expect(report.failures).toEqual([]);
      expect(Object.values(report.endReasons).reduce((sum, runs) => sum + runs, 0)).toBe(SEEDS);
    });

    it("delivers every inject at least once, or the play its attacker step needs delivers it", () => {
      const unreached = scenario.injects
        .filter((inject) => !report.injectsDelivered[inject.id])
        .map((inject) => {
          const needs = injectNeedsPlay(scenario, inject.id);
          if (!needs) return `${inject.id}: never delivered and no attacker step it waits for needs a play`;
          return reachedBy(entry, needs).injects.has(inject.id)
            ? undefined
            : `${inject.id}: never delivered, not even by the ${needs} play`;
        })
        .filter((problem) => problem !== undefined);
      expect(unreached).toEqual([]);
    });

    it("does every attacker step at least once, or its needsPlay play does it", () => {
      const unreached = scenario.attacker
        .filter((step) => !report.attackerDone[step.id])
        .map((step) => {
          if (!step.needsPlay) return `${step.id}: never done and not marked needsPlay`;
          return reachedBy(entry, step.needsPlay).steps.has(step.id)
            ? undefined
            : `${step.id}: never done, not even by its needsPlay play ${step.needsPlay}`;
        })
        .filter((problem) => problem !== undefined);
      expect(unreached).toEqual([]);
    });

    it("skips every conditional attacker step at least once", () => {
      const neverSkipped = scenario.attacker
        .filter(
          (step) =>
            (step.when !== undefined || step.trigger !== undefined) && !report.attackerSkipped[step.id],
        )
        .map((step) => step.id);
      expect(neverSkipped).toEqual([]);
    });
  },
);

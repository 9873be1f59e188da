import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../../src/content/compileScenario";
import { runPlay } from "../../../src/engine/headless/runPlay";
import { entries, SCENARIOS, type ScenarioHarness } from "./scenarioHarness";

/** What differs between shipped scenarios in the checks every one of them must pass. */
export interface ShippedPlaysOptions {
  /** The scenario id: `scenarios/<id>.yaml`. */
  readonly id: string;
  /** Plays that must ship with the scenario (others may ship too). */
  readonly plays: readonly string[];
  /** An attacker step with jitter that the reckless play always reaches. */
  readonly jitteredStep: string;
}

/** Registers the "<title>: the scenario and its plays" and "<title>: what the seed leaves to chance" blocks every shipped scenario must pass. */
export function describeShippedPlays(title: string, harness: ScenarioHarness, options: ShippedPlaysOptions) {
  const { scenario, loadPlay, play, card, outcome, playNames, temptationPlays } = harness;
  const { id, plays, jitteredStep } = options;

  describe(`${title}: the scenario and its plays`, () => {
    it("compiles without a single diagnostic", () => {
      const result = compileScenario(
        readFileSync(join(SCENARIOS, `${id}.yaml`), "utf8"),
        `scenarios/${id}.yaml`,
      );
      expect(result.diagnostics).toEqual([]);
    });

    it("ships an expert, a reckless and one play per temptation", () => {
      expect(playNames).toEqual(expect.arrayContaining([...plays]));
    });

    it.each(playNames)("%s meets every expectation it states", (name) => {
      const { expect: wanted } = loadPlay(name);
      const scored = card(name);
      if (wanted.score?.min !== undefined) expect(scored.total).toBeGreaterThanOrEqual(wanted.score.min);
      if (wanted.score?.max !== undefined) expect(scored.total).toBeLessThanOrEqual(wanted.score.max);
      for (const [want, rules] of Object.entries(wanted.rules ?? {}))
        for (const rule of rules ?? []) expect(`${rule}: ${outcome(name, rule)}`).toBe(`${rule}: ${want}`);
    });

    it.each(temptationPlays)("%s fires the rule it exists to test", (name) => {
      const { tests } = loadPlay(name);
      expect(tests).toBeDefined();
      expect(["partial", "violated"]).toContain(outcome(name, tests ?? ""));
      expect(outcome("expert", tests ?? "")).toBe("met");
    });

    it("scores the expert play at least 90 and above every other play; the reckless play below 40", () => {
      const expert = card("expert").total;
      expect(expert).toBeGreaterThanOrEqual(90);
      for (const name of playNames.filter((n) => n !== "expert"))
        expect(card(name).total, name).toBeLessThan(expert);
      expect(card("reckless").total).toBeLessThan(40);
    });

    it("replays the expert play byte for byte with the same seed", () => {
      expect(runPlay(scenario, loadPlay("expert")).hash).toBe(runPlay(scenario, loadPlay("expert")).hash);
    });
  });

  describe(`${title}: what the seed leaves to chance`, () => {
    it("shows exactly the scenario's number of red herrings to a team that reads every log, not always the same ones", () => {
      const herrings = new Set(scenario.variation.redHerrings);
      const picks = new Set<string>();
      for (let seed = 1; seed <= 10; seed += 1) {
        const found = entries(play("expert", String(seed)), "fact.discovered")
          .map((entry) => entry.fact)
          .filter((fact) => herrings.has(fact));
        expect(found, `seed ${seed}`).toHaveLength(scenario.variation.redHerringCount);
        picks.add(found.sort().join(","));
      }
      expect(picks.size).toBeGreaterThan(1);
    });

    it(`moves ${jitteredStep} within its jitter, differently across seeds`, () => {
      const step = scenario.attacker.find((candidate) => candidate.id === jitteredStep);
      const times = new Set<number>();
      for (let seed = 1; seed <= 10; seed += 1) {
        const ran = entries(play("reckless", String(seed)), "attacker.step").find(
          (e) => e.step === jitteredStep,
        );
        expect(ran, `seed ${seed}`).toBeDefined();
        expect(Math.abs((ran?.at ?? 0) - (step?.at ?? 0))).toBeLessThanOrEqual(step?.jitter ?? 0);
        times.add(ran?.at ?? 0);
      }
      expect(times.size).toBeGreaterThan(1);
    });
  });
}

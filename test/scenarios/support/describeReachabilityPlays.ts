import { describe, expect, it } from "vitest";
import { entries, type ScenarioHarness } from "./scenarioHarness";

/** Registers "<title>: temptation plays that leave a rule violated": each named play makes one allowed mistake, violates its rule, and otherwise plays competently. */
export function describeReachabilityPlays(title: string, harness: ScenarioHarness, plays: readonly string[]) {
  const { loadPlay, play, card, finding, unmetExpectationsOf } = harness;

  describe(`${title}: temptation plays that leave a rule violated`, () => {
    it.each(plays)("%s holds its own expect block", (name) => {
      expect(unmetExpectationsOf(name)).toEqual([]);
    });

    it.each(plays)("%s names the rule it tests, violates it, and the expert meets it", (name) => {
      const { tests, expect: wanted } = loadPlay(name);
      expect(tests).toBeDefined();
      expect(wanted.rules?.violated).toContain(tests);
      expect(finding(name, tests ?? "")?.outcome).toBe("violated");
      expect(finding("expert", tests ?? "")?.outcome).toBe("met");
    });

    it.each(plays)("%s has every action accepted: the mistake is a choice the game allows", (name) => {
      expect(entries(play(name), "action.rejected").map((entry) => entry.reason)).toEqual([]);
    });

    it.each(plays)(
      "%s otherwise plays competently: below the expert, far above the reckless play",
      (name) => {
        const total = card(name).total;
        expect(total).toBeLessThan(card("expert").total);
        expect(total).toBeGreaterThan(card("reckless").total + 40);
      },
    );
  });
}

import { describe, expect, it } from "vitest";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "tainted-installer";
const {
  scenario,
  loadPlay,
  play,
  card,
  finding,
  unmetExpectationsOf: unmetExpectations,
} = scenarioHarness(ID);

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["staff-in-dark"] as const;

describe("Tainted Installer: temptation plays that leave a rule violated", () => {
  it.each(REACHABILITY)("%s holds its own expect block", (name) => {
    expect(unmetExpectations(name)).toEqual([]);
  });

  it.each(REACHABILITY)("%s names the rule it tests, violates it, and the expert meets it", (name) => {
    const { tests, expect: wanted } = loadPlay(name);
    expect(tests).toBeDefined();
    expect(wanted.rules?.violated).toContain(tests);
    expect(finding(name, tests ?? "")?.outcome).toBe("violated");
    expect(finding("expert", tests ?? "")?.outcome).toBe("met");
  });

  it.each(REACHABILITY)("%s has every action accepted: the mistake is a choice the game allows", (name) => {
    expect(entries(play(name), "action.rejected").map((entry) => entry.reason)).toEqual([]);
  });

  it.each(REACHABILITY)(
    "%s otherwise plays competently: below the expert, far above the reckless play",
    (name) => {
      const total = card(name).total;
      expect(total).toBeLessThan(card("expert").total);
      expect(total).toBeGreaterThan(card("reckless").total + 40);
    },
  );
});

describe("Tainted Installer: the company's own staff never told", () => {
  const log = play("staff-in-dark");
  const internalPeople = new Set(scenario.world.people.filter((person) => person.internal).map((p) => p.id));

  it("sends nothing to company staff beyond the team, while the expert briefs engineering", () => {
    const beyondTeam = (name: string) =>
      entries(play(name), "message.sent").filter((message) =>
        message.outsiders.some((id) => internalPeople.has(id)),
      );
    expect(beyondTeam("staff-in-dark")).toEqual([]);
    expect(beyondTeam("expert").length).toBeGreaterThan(0);
  });

  it("still publishes the advisory and warns customers first", () => {
    expect(entries(log, "statement.published")).toHaveLength(1);
    expect(finding("staff-in-dark", "disclosure.customers-first")?.outcome).toBe("met");
  });
});

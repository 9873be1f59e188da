import { describe, expect, it } from "vitest";
import { describeReachabilityPlays } from "./support/describeReachabilityPlays";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "tainted-installer";
const harness = scenarioHarness(ID);
const { scenario, play, finding } = harness;

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["staff-in-dark"] as const;

describeReachabilityPlays("Tainted Installer", harness, REACHABILITY);

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

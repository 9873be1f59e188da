import { describe, expect, it } from "vitest";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "borrowed-keys";
const { loadPlay, play, card, finding, unmetExpectationsOf: unmetExpectations } = scenarioHarness(ID);

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["revealing-names"] as const;

describe("Borrowed Keys: temptation plays that leave a rule violated", () => {
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

describe("Borrowed Keys: a codename picked, then ignored wherever a name shows", () => {
  const log = play("revealing-names");

  it("titles the bridge after the vendor and names the room and its topic after the hack: three revealing names in two places", () => {
    const call = entries(log, "action.completed").find((entry) => entry.action.type === "start-voice-call");
    const room = entries(log, "action.completed").find((entry) => entry.action.type === "create-room");
    expect(call?.action).toMatchObject({ title: "BuildBarn breach bridge" });
    expect(room?.action).toMatchObject({ name: "quiet-heron hack response" });
    expect(room?.action).toMatchObject({ topic: "Attorney Work Project: CI key leak incident" });
    expect(finding("revealing-names", "codename.no-revealing-names")?.evidence).toHaveLength(2);
  });

  it("costs only the naming lesson: the codename itself is innocuous and the room still carries it", () => {
    expect(finding("revealing-names", "codename.innocuous")?.outcome).toBe("met");
    expect(finding("revealing-names", "codename.room-named")?.outcome).toBe("met");
    expect(finding("revealing-names", "privacy.topic-prefix")?.outcome).toBe("met");
  });
});

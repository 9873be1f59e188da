import { describe, expect, it } from "vitest";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "inside-voice";
const { loadPlay, play, card, finding, unmetExpectationsOf: unmetExpectations } = scenarioHarness(ID);

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["analyse-quietly"] as const;

describe("Inside Voice: temptation plays that leave a rule violated", () => {
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

describe("Inside Voice: analysing bastion-1 before anything is secured", () => {
  const log = play("analyse-quietly");
  const accepted = entries(log, "action.accepted");
  const firstOf = (type: string) => accepted.find((entry) => entry.action.type === type)?.at ?? Number.NaN;

  it("starts the forensic analysis before any revocation, isolation, alerting or re-entry monitoring", () => {
    const analysis = firstOf("forensic-analysis");
    for (const type of ["revoke-credential", "isolate-instance", "add-alerting", "monitor-reentry"])
      expect(firstOf(type), type).toBeGreaterThan(analysis);
    const closed = entries(log, "foothold.closed");
    expect(closed.length).toBeGreaterThan(0);
    for (const entry of closed) expect(entry.at, entry.foothold).toBeGreaterThan(analysis);
  });

  it("keeps the insider unaware and the evidence whole: the delay is the only cost", () => {
    expect(entries(log, "flag.set").map((entry) => entry.flag)).not.toContain("insider-aware");
    expect(entries(log, "fact.lost")).toEqual([]);
    expect(finding("analyse-quietly", "containment.no-tip-off")?.outcome).toBe("met");
  });
});

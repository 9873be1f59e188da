import { describe, expect, it } from "vitest";
import { describeReachabilityPlays } from "./support/describeReachabilityPlays";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "inside-voice";
const harness = scenarioHarness(ID);
const { play, finding } = harness;

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["analyse-quietly"] as const;

describeReachabilityPlays("Inside Voice", harness, REACHABILITY);

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

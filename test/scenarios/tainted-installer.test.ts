import { describe, expect, it } from "vitest";
import { describeShippedPlays } from "./support/describeShippedPlays";
import {
  delivered,
  destroyed,
  flagsSet,
  lostFacts,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "tainted-installer";
const harness = scenarioHarness(ID);
const { play, outcome } = harness;

describeShippedPlays("Tainted Installer", harness, {
  id: ID,
  plays: [
    "expert",
    "reckless",
    "docs-bug",
    "support-channel",
    "delete-versions",
    "blog-now",
    "public-comment",
    "blame-provider",
    "silent",
    "lumen-never-told",
  ],
  jitteredStep: "et-retamper",
});

describe("Tainted Installer: the object versions are the evidence", () => {
  it("the expert preserves the versions before the engineer's offer to delete them, and loses nothing", () => {
    const log = play("expert");
    expect(destroyed(log)).toEqual([]);
    expect(lostFacts(log)).toEqual([]);
    expect(stepsSkipped(log)).toEqual(expect.arrayContaining(["et-retamper", "et-lumen-blog"]));
  });

  it("deleting the tampered versions destroys the first upload, the payload and the window", () => {
    const log = play("delete-versions");
    expect(destroyed(log)).toContain("installer-versions");
    expect(lostFacts(log)).toEqual(
      expect.arrayContaining(["f-first-tamper", "f-tamper-window", "f-exfil-payload"]),
    );
  });
});

describe("Tainted Installer: customers first", () => {
  it("a customer warned within two days calls privately instead of blogging", () => {
    const log = play("expert");
    expect(flagsSet(log)).toContain("lumen-warned");
    expect(delivered(log)).toContain("e9b-lumen-call");
    expect(delivered(log)).not.toContain("e9-lumen-blog");
  });

  it("a customer never told finds the misuse itself and blogs, naming Elimu", () => {
    const log = play("lumen-never-told");
    expect(stepsDone(log)).toContain("et-lumen-blog");
    expect(delivered(log)).toContain("e9-lumen-blog");
  });

  it("the customer's blog post is a consequence, not re-entry: mitigation.monitor-reentry stays met", () => {
    expect(stepsDone(play("lumen-never-told"))).toContain("et-lumen-blog");
    expect(outcome("lumen-never-told", "mitigation.monitor-reentry")).toBe("met");
    expect(outcome("reckless", "mitigation.monitor-reentry")).toBe("violated");
  });

  it("staying silent brings the journalist's two-week question", () => {
    expect(delivered(play("silent"))).toContain("e10-journalist");
    expect(delivered(play("expert"))).not.toContain("e10-journalist");
  });

  it("leaving the write key live lets the attacker put the curl line back after the fix", () => {
    const log = play("reckless");
    expect(stepsDone(log)).toContain("et-retamper");
    expect(delivered(log)).toContain("e5b-retamper-alert");
  });
});

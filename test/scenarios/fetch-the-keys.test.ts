import { describe, expect, it } from "vitest";
import { describeShippedPlays } from "./support/describeShippedPlays";
import {
  delivered,
  destroyed,
  entries,
  lostFacts,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "fetch-the-keys";
const harness = scenarioHarness(ID);
const { play } = harness;

describeShippedPlays("Fetch the Keys", harness, {
  id: ID,
  plays: [
    "expert",
    "reckless",
    "dismiss-tip",
    "asg-trap",
    "redeploy",
    "delete-role",
    "deny-press",
    "keep-quiet",
    "publish-now",
    "plain-email",
    "publish-draft",
  ],
  jitteredStep: "fk-retest",
});

describe("Fetch the Keys: the autoscaling trap", () => {
  it("the expert suspends health replacement first, so imgproxy-1 is shut down and imaged, never terminated", () => {
    const log = play("expert");
    expect(destroyed(log)).toEqual([]);
    const states = entries(log, "state.changed").filter(
      (e) => e.subject === "imgproxy-1" && e.kind === "instance",
    );
    expect(states.map((e) => e.to)).toEqual(["isolated", "shut-down"]);
    expect(stepsSkipped(log)).toEqual(expect.arrayContaining(["fk-retest", "fk-old-session"]));
    expect(lostFacts(log)).toEqual([]);
  });

  it("stopping imgproxy-1 without suspending the group makes the group terminate it with the nginx logs", () => {
    const log = play("asg-trap");
    const terminated = entries(log, "evidence.destroyed").find((e) => e.subject === "imgproxy-1");
    expect(terminated?.reason).toMatch(/autoscaling group imgproxy-asg/);
    expect(destroyed(log)).toContain("imgproxy-nginx");
    expect(lostFacts(log)).toEqual(expect.arrayContaining(["f-ssrf", "f-kyc-bounded", "f-fresh-session"]));
  });

  it("cycling the group for the patch does the same", () => {
    expect(lostFacts(play("redeploy"))).toEqual(expect.arrayContaining(["f-ssrf", "f-kyc-bounded"]));
  });

  it("deleting the role deletes its policy history and the proof of how wide the grant was", () => {
    const log = play("delete-role");
    expect(destroyed(log)).toContain("role-policy-history");
    expect(lostFacts(log)).toContain("f-role-scope");
  });

  it("with the flag left on, the attacker re-tests the SSRF at T+3h and the team hears about it", () => {
    const log = play("reckless");
    expect(stepsDone(log)).toContain("fk-retest");
    expect(delivered(log)).toContain("d12-retest-alert");
  });
});

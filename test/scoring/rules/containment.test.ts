import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { assembleTeam, expertPlay } from "../support/harbourPlays";
import { playthrough } from "../support/playthrough";

const team = () => assembleTeam(playthrough(HARBOUR_LIGHTS));

describe("containment.stop-first", () => {
  it("is met when the first action after paging the IC cuts the attacker's access", () => {
    expect(findingOf(expertPlay(), "containment.stop-first").outcome).toBe("met");
  });

  it("loses a third per investigation or broad message before the first stop", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "investigate", logSource: "cloudtrail" })
      .at("T+0:06")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .end();
    const finding = findingOf(play, "containment.stop-first");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.667, at: 6 });
    expect(finding.summary).toContain("investigate");
  });

  it("counts what the team decided in one sim minute as simultaneous: click order inside it changes nothing", () => {
    const investigateFirst = team()
      .at("T+0:05")
      .act({ type: "investigate", logSource: "cloudtrail" })
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .end();
    const revokeFirst = team()
      .at("T+0:05")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "investigate", logSource: "cloudtrail" })
      .end();
    expect(findingOf(investigateFirst, "containment.stop-first").outcome).toBe("met");
    expect(findingOf(revokeFirst, "containment.stop-first").outcome).toBe("met");
  });

  it("does not count terminating the attacker's host as stopping the attack (the checklist says shut it down)", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "terminate-instance", instance: "web-1" })
      .at("T+0:06")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .end();
    const finding = findingOf(play, "containment.stop-first");
    expect(finding.outcome).not.toBe("met");
    expect(finding.summary).toContain("terminate");
  });

  it("is violated when nothing ever aims at the attacker's access", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "investigate", logSource: "cloudtrail" })
      .act({ type: "shutdown-instance", instance: "web-2" })
      .end();
    expect(findingOf(play, "containment.stop-first").outcome).toBe("violated");
  });
});

describe("containment.time-to-stop", () => {
  it("gives full credit when the last foothold closes within par", () => {
    expect(findingOf(expertPlay(), "containment.time-to-stop")).toMatchObject({ outcome: "met", at: 10 });
  });

  it("falls linearly between par (2 h) and the limit (12 h)", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "isolate-instance", instance: "web-1" })
      .at("T+2:45")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .at("T+3:00")
      .skipped("launch-cache")
      .end();
    // closed at T+2:50 = 170 min: 1 − (170 − 120) / (720 − 120) = 0.917
    expect(findingOf(play, "containment.time-to-stop")).toMatchObject({
      outcome: "partial",
      credit: 0.917,
      at: 170,
    });
  });

  it("is violated when a foothold is still open at the end", () => {
    const play = team().at("T+0:05").act({ type: "isolate-instance", instance: "web-1" }).at("T+1:00").end();
    const finding = findingOf(play, "containment.time-to-stop");
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain("fh-deploy");
  });
});

describe("containment.vector-cut", () => {
  it("is the share of the vector's closing conditions that hold at the end", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "purge-provider-accounts", provider: "parcelpoint" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "containment.vector-cut")).toMatchObject({ outcome: "partial", credit: 0.667 });
    expect(findingOf(expertPlay(), "containment.vector-cut").outcome).toBe("met");
  });

  it("is violated when nothing closes the vector", () => {
    expect(findingOf(team().at("T+1:00").end(), "containment.vector-cut").outcome).toBe("violated");
  });
});

describe("containment.isolate-early", () => {
  it("needs both isolation and shutdown: isolation alone is half", () => {
    const play = team().at("T+0:05").act({ type: "isolate-instance", instance: "web-1" }).at("T+1:00").end();
    expect(findingOf(play, "containment.isolate-early")).toMatchObject({
      outcome: "partial",
      credit: 0.5,
      couldHaveKnownAt: 5,
    });
  });

  it("is violated when the affected instance is terminated instead of isolated and shut down", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "terminate-instance", instance: "web-1" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "containment.isolate-early").outcome).toBe("violated");
  });

  it("is violated when no affected instance is isolated or shut down", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "containment.isolate-early").outcome).toBe("violated");
  });

  it("measures par from when the instance could have been known affected", () => {
    const play = team()
      .at("T+0:10")
      .act({ type: "image-disk", instance: "web-1" })
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "investigate", logSource: "cloudtrail" })
      .act({ type: "suspend-autoscaling", group: "web-asg" })
      .at("T+3:00")
      .act({ type: "isolate-instance", instance: "web-1" })
      .act({ type: "shutdown-instance", instance: "web-1" })
      .end();
    const finding = findingOf(play, "containment.isolate-early");
    expect(finding.couldHaveKnownAt).toBe(10);
    // both done at T+3:05 = 185 min, 175 after known, par 60: 1 − (175 − 60) / 180 = 0.361
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.361 });
  });
});

describe("containment.forensics-after-secure", () => {
  it("is met when forensics starts after stop, vector, isolation and monitoring", () => {
    expect(findingOf(expertPlay(), "containment.forensics-after-secure").outcome).toBe("met");
  });

  it("gives a quarter per precondition in place when forensics starts", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "isolate-instance", instance: "web-1" })
      .act({ type: "image-disk", instance: "web-1" })
      .at("T+0:40")
      .act({ type: "forensic-analysis", instance: "web-1" })
      .end();
    const finding = findingOf(play, "containment.forensics-after-secure");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.25, at: 40 });
    expect(finding.summary).toContain("monitoring added");
  });

  it("is violated when nothing was secured first", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "image-disk", instance: "web-1" })
      .at("T+0:40")
      .act({ type: "forensic-analysis", instance: "web-1" })
      .end();
    expect(findingOf(play, "containment.forensics-after-secure").outcome).toBe("violated");
  });
});

describe("containment.no-tip-off", () => {
  it("is violated when the scenario's tip-off flag is set", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "rotate-credential", credential: "db-password" })
      .at("T+0:20")
      .flag("tip-off")
      .end();
    expect(findingOf(play, "containment.no-tip-off")).toMatchObject({ outcome: "violated", at: 20 });
  });

  it("does not apply when the scenario defines no tip-off", () => {
    const scenario = { ...HARBOUR_LIGHTS, flags: [] };
    const play = playthrough(scenario).at("T+1:00").end();
    expect(findingOf(play, "containment.no-tip-off", scenario).outcome).toBe("n/a");
  });
});

import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { assembleTeam, expertPlay } from "../support/harbourPlays";
import { playthrough } from "../support/playthrough";

const team = () => assembleTeam(playthrough(HARBOUR_LIGHTS));

describe("evidence.no-terminate", () => {
  it("is violated when shutting down a member lets its autoscaling group terminate it", () => {
    const play = team().at("T+0:05").act({ type: "shutdown-instance", instance: "web-1" }).at("T+1:00").end();
    const finding = findingOf(play, "evidence.no-terminate");
    expect(finding).toMatchObject({ outcome: "violated", at: 10, couldHaveKnownAt: 5 });
    expect(finding.summary).toContain("web-1");
  });

  it("is violated when the group is cycled", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "cycle-autoscaling-group", group: "web-asg" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "evidence.no-terminate").outcome).toBe("violated");
  });

  it("ignores terminating an instance that was not affected", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "terminate-instance", instance: "web-2" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "evidence.no-terminate").outcome).toBe("met");
  });

  it("counts an instance created by the attacker once its step ran", () => {
    const play = team()
      .at("T+3:00")
      .attacker("launch-cache")
      .at("T+3:10")
      .act({ type: "terminate-instance", instance: "cache-9" })
      .at("T+4:00")
      .end();
    const finding = findingOf(play, "evidence.no-terminate");
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain("cache-9");
  });
});

describe("evidence.image-affected", () => {
  it("is the share of affected disks imaged", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "image-disk", instance: "web-1", disk: "web-1-root" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "evidence.image-affected")).toMatchObject({ outcome: "partial", credit: 0.5 });
  });

  it("is met by one image without a named disk: that images every disk of the instance", () => {
    const play = team().at("T+0:05").act({ type: "image-disk", instance: "web-1" }).at("T+1:00").end();
    expect(findingOf(play, "evidence.image-affected")).toMatchObject({ outcome: "met", credit: 1 });
  });

  it("is violated when nothing is imaged", () => {
    expect(findingOf(team().at("T+1:00").end(), "evidence.image-affected").outcome).toBe("violated");
  });
});

describe("evidence.image-readonly-offsite", () => {
  it("is partial when one of two images stays on-site", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "image-disk", instance: "web-1", disk: "web-1-root" })
      .act({ type: "image-disk", instance: "web-1", disk: "web-1-data", offsite: false })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "evidence.image-readonly-offsite")).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
  });

  it("is violated when the only image is writable", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "image-disk", instance: "web-1", readOnly: false })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "evidence.image-readonly-offsite").outcome).toBe("violated");
  });

  it("does not apply when no image was taken", () => {
    expect(findingOf(team().at("T+1:00").end(), "evidence.image-readonly-offsite").outcome).toBe("n/a");
  });
});

describe("evidence.image-early", () => {
  it("halves the credit when the instance was changed before it was imaged", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "isolate-instance", instance: "web-1" })
      .act({ type: "lock-users", instance: "web-1" })
      .at("T+0:06")
      .act({ type: "image-disk", instance: "web-1" })
      .at("T+1:00")
      .end();
    const finding = findingOf(play, "evidence.image-early");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.5 });
    expect(finding.summary).toContain("lock-users");
  });

  it("is violated when the affected instance is never imaged", () => {
    expect(findingOf(team().at("T+1:00").end(), "evidence.image-early").outcome).toBe("violated");
  });

  it("is met for the expert, who imaged within minutes", () => {
    expect(findingOf(expertPlay(), "evidence.image-early").outcome).toBe("met");
  });
});

describe("evidence.preserve-logs", () => {
  it("gives half credit when an at-risk source survived without being preserved", () => {
    expect(findingOf(team().at("T+1:00").end(), "evidence.preserve-logs")).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
  });

  it("is violated when the source is lost before it was preserved", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "terminate-instance", instance: "web-1" })
      .at("T+1:00")
      .end();
    const finding = findingOf(play, "evidence.preserve-logs");
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain("web-1-logs lost");
  });

  it("is met when preserved before the loss", () => {
    const play = team()
      .at("T+0:05")
      .act({ type: "preserve-logs", logSource: "web-1-logs" })
      .at("T+0:30")
      .act({ type: "terminate-instance", instance: "web-1" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "evidence.preserve-logs").outcome).toBe("met");
  });
});

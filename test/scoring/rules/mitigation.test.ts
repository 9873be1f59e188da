import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { expertPlay } from "../support/harbourPlays";
import { playthrough } from "../support/playthrough";

const start = () => playthrough(HARBOUR_LIGHTS);

describe("mitigation rules", () => {
  it("mitigation.rotate-host-secrets: the db password on web-1", () => {
    expect(
      findingOf(
        start().act({ type: "rotate-credential", credential: "db-password" }).at("T+1:00").end(),
        "mitigation.rotate-host-secrets",
      ).outcome,
    ).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "mitigation.rotate-host-secrets").outcome).toBe("violated");
  });

  it("mitigation.rotate-host-secrets: a host created by the attacker adds its secrets", () => {
    const play = start()
      .act({ type: "rotate-credential", credential: "db-password" })
      .at("T+3:00")
      .attacker("launch-cache")
      .at("T+4:00")
      .end();
    expect(findingOf(play, "mitigation.rotate-host-secrets")).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
  });

  it("mitigation.rotate-attack-accounts: the deploy key used in the attack", () => {
    expect(
      findingOf(
        start().act({ type: "revoke-credential", credential: "deploy-key" }).at("T+1:00").end(),
        "mitigation.rotate-attack-accounts",
      ).outcome,
    ).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "mitigation.rotate-attack-accounts").outcome).toBe(
      "violated",
    );
  });

  it("mitigation.revoke-promptly: within par of identification, falling off after", () => {
    const play = start()
      .act({ type: "investigate", logSource: "cloudtrail" })
      .at("T+0:30")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "rotate-credential", credential: "db-password" })
      .act({ type: "rotate-credential", credential: "legacy-etl" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "mitigation.revoke-promptly").outcome).toBe("met");
    const late = start()
      .act({ type: "investigate", logSource: "cloudtrail" })
      .at("T+2:25")
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "rotate-credential", credential: "db-password" })
      .act({ type: "rotate-credential", credential: "legacy-etl" })
      .at("T+3:00")
      .end();
    const finding = findingOf(late, "mitigation.revoke-promptly");
    // deploy-key identified at T+0:30, revoked at T+2:30: 120 min, par 60 → 1 − 60/180 = 0.667. The other two were
    // never looked for, but their clocks run from when a search could first have shown them, so they are late too.
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.759, couldHaveKnownAt: 30 });
    expect(findingOf(start().at("T+1:00").end(), "mitigation.revoke-promptly").outcome).toBe("violated");
  });

  it("mitigation.block-ips: each address the team could know, within par of when it could", () => {
    // 198.51.100.23 is in the briefing (known at T+0); 203.0.113.9 is in a fact a search finds from T+0:30.
    expect(
      findingOf(
        start().act({ type: "block-ip", ip: "198.51.100.23" }).at("T+1:00").end(),
        "mitigation.block-ips",
      ),
    ).toMatchObject({ outcome: "partial", credit: 0.5, couldHaveKnownAt: 0 });
    expect(findingOf(start().at("T+1:00").end(), "mitigation.block-ips").outcome).toBe("violated");
    const inTime = start()
      .act({ type: "block-ip", ip: "198.51.100.23" })
      .at("T+0:45")
      .act({ type: "block-ip", ip: "203.0.113.9" })
      .at("T+1:00")
      .end();
    expect(findingOf(inTime, "mitigation.block-ips").outcome).toBe("met");
  });

  it("mitigation.block-ips: a block days after the address was known protects nothing", () => {
    const expert = findingOf(expertPlay(), "mitigation.block-ips");
    expect(expert.outcome).toBe("met");
    const late = playthrough(HARBOUR_LIGHTS)
      .at("T+2:00")
      .act({ type: "block-ip", ip: "198.51.100.23" })
      .act({ type: "block-ip", ip: "203.0.113.9" })
      .at("T+3:00")
      .end();
    // 120 min after T+0 (par 60, no credit at 240) → ⅔; 90 min after T+0:30 → 0.833.
    const finding = findingOf(late, "mitigation.block-ips");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.75 });
    expect(finding.summary).toContain("198.51.100.23 blocked 2 h after it was knowable");
    const days = findingOf(
      playthrough(HARBOUR_LIGHTS)
        .at("T+4d")
        .act({ type: "block-ip", ip: "198.51.100.23" })
        .act({ type: "block-ip", ip: "203.0.113.9" })
        .at("T+4d 1:00")
        .end(),
      "mitigation.block-ips",
    );
    expect(days.outcome).toBe("violated");
  });

  it("mitigation.rotate-after-cut: a new secret sent where the attacker still reads is exposed again", () => {
    // legacy-etl lives at ParcelPoint; the deploy-key foothold reaches ParcelPoint until it is purged.
    const early = start()
      .at("T+0:05")
      .act({ type: "rotate-credential", credential: "legacy-etl" })
      .at("T+1:00")
      .end();
    const finding = findingOf(early, "mitigation.rotate-after-cut");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.667, at: 5 });
    expect(finding.summary).toBe(
      "legacy-etl rotated at T+0:05 while fh-deploy and parcelpoint (not yet purged) were still open: the new secret went where the attacker could still read it.",
    );
    const both = start()
      .at("T+0:05")
      .act({ type: "rotate-credential", credential: "legacy-etl" })
      .act({ type: "rotate-credential", credential: "db-password" })
      .at("T+1:00")
      .end();
    expect(findingOf(both, "mitigation.rotate-after-cut")).toMatchObject({ credit: 0.333 });
  });

  it("mitigation.rotate-after-cut: cut first, or in the same minute, or rotate again once it is cut", () => {
    const together = start()
      .at("T+0:05")
      .act({ type: "purge-provider-accounts", provider: "parcelpoint" })
      .act({ type: "rotate-credential", credential: "legacy-etl" })
      .at("T+1:00")
      .end();
    expect(findingOf(together, "mitigation.rotate-after-cut").outcome).toBe("met");
    expect(findingOf(expertPlay(), "mitigation.rotate-after-cut").outcome).toBe("met");
    const repaired = expertPlay({
      earlySlip: (play) => play.act({ type: "rotate-credential", credential: "legacy-etl" }, "security-lead"),
    });
    expect(findingOf(repaired, "mitigation.rotate-after-cut").outcome).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "mitigation.rotate-after-cut").outcome).toBe("n/a");
  });

  it("mitigation.alerting: new alerting added or not", () => {
    expect(
      findingOf(
        start().act({ type: "add-alerting", description: "deploy key outside CI" }).at("T+1:00").end(),
        "mitigation.alerting",
      ).outcome,
    ).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "mitigation.alerting").outcome).toBe("violated");
  });

  it("mitigation.monitor-reentry: violated when the forgotten key lets the attacker back in despite monitoring", () => {
    const play = start()
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "monitor-reentry" })
      .at("T+3:00")
      .skipped("launch-cache")
      .at("T+3d")
      .attacker("return-etl")
      .at("T+3d 1h")
      .end();
    const finding = findingOf(play, "mitigation.monitor-reentry");
    expect(finding).toMatchObject({ outcome: "violated", at: 4320 });
    const watched = start()
      .act({ type: "revoke-credential", credential: "deploy-key" })
      .act({ type: "monitor-reentry" })
      .at("T+1:00")
      .end();
    expect(findingOf(watched, "mitigation.monitor-reentry").outcome).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "mitigation.monitor-reentry").outcome).toBe("violated");
  });
});

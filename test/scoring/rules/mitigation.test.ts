import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
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

  it("mitigation.block-ips: each attacker address", () => {
    expect(
      findingOf(
        start().act({ type: "block-ip", ip: "198.51.100.23" }).at("T+1:00").end(),
        "mitigation.block-ips",
      ),
    ).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
    expect(findingOf(start().at("T+1:00").end(), "mitigation.block-ips").outcome).toBe("violated");
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

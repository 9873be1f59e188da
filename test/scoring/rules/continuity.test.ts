import { describe, expect, it } from "vitest";
import { businessScenario } from "../../engine/fixtures/businessScenario";
import { fixtureScenario } from "../../engine/fixtures/fixtureScenario";
import { findingOf } from "../support/findings";
import { playthrough } from "../support/playthrough";

const scenario = businessScenario();
const start = () => playthrough(scenario);
const revoke = { type: "revoke-credential", credential: "deploy-key" } as const;

describe("continuity rules: what the response's own moves cost the business", () => {
  it("mitigation.no-needless-outage: met when the only outage came from revoking the stolen key", () => {
    const finding = findingOf(
      start().act(revoke).at("T+1:00").end(),
      "mitigation.no-needless-outage",
      scenario,
    );
    expect(finding.outcome).toBe("met");
  });

  it("mitigation.no-needless-outage: violated by shutting down an API the attack never touched (checkout down)", () => {
    const play = start().act(revoke).act({ type: "shutdown-service", service: "api" }).at("T+1:00").end();
    const finding = findingOf(play, "mitigation.no-needless-outage", scenario);
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain("checkout-down");
    expect(finding.summary).toContain("shutdown-service api");
  });

  it("mitigation.no-needless-outage: a maintenance notice halves the cost of a needless outage", () => {
    const play = start()
      .act({ type: "maintenance-notice", body: "Checkout is down for maintenance." })
      .at("T+0:10")
      .act({ type: "shutdown-service", service: "api" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "mitigation.no-needless-outage", scenario)).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
  });

  it("mitigation.soften-outage: met when deploys were frozen before the key was revoked", () => {
    const play = start().act({ type: "deploy-freeze" }).at("T+0:05").act(revoke).at("T+1:00").end();
    expect(findingOf(play, "mitigation.soften-outage", scenario).outcome).toBe("met");
  });

  it("mitigation.soften-outage: violated when the revoke broke deploys with no freeze, half when frozen late", () => {
    expect(
      findingOf(start().act(revoke).at("T+1:00").end(), "mitigation.soften-outage", scenario).outcome,
    ).toBe("violated");
    const late = start().act(revoke).at("T+0:30").act({ type: "deploy-freeze" }).at("T+1:00").end();
    expect(findingOf(late, "mitigation.soften-outage", scenario)).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
  });

  it("stopping the attack stays right: revoking the stolen key costs continuity nothing once softened", () => {
    const play = start().act({ type: "deploy-freeze" }).at("T+0:05").act(revoke).at("T+1:00").end();
    expect(findingOf(play, "mitigation.no-needless-outage", scenario).outcome).toBe("met");
    expect(findingOf(play, "containment.stop-first", scenario).outcome).toBe("met");
  });

  it("both are n/a where the scenario declares no business, or nothing needed breaking", () => {
    const plain = fixtureScenario();
    const nothing = playthrough(plain).act(revoke).at("T+1:00").end();
    expect(findingOf(nothing, "mitigation.no-needless-outage", plain).outcome).toBe("n/a");
    expect(findingOf(nothing, "mitigation.soften-outage", plain).outcome).toBe("n/a");
    expect(findingOf(start().at("T+1:00").end(), "mitigation.soften-outage", scenario).outcome).toBe("n/a");
  });
});

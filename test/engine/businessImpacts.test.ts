import { describe, expect, it } from "vitest";
import { businessTrack } from "../../src/engine/businessTrack";
import { foldLog } from "../../src/engine/world/foldLog";
import { businessScenario } from "./fixtures/businessScenario";
import { act, advanceTo, entries, play } from "./support";

const scenario = businessScenario();
const revoke = { type: "revoke-credential", credential: "deploy-key" } as const;

describe("business impact: what the response's own moves break", () => {
  it("revoking the deploy key stops deploys: an entry whose actor is the team and whose cause is the revoke", () => {
    const { log } = play([act(10, revoke), advanceTo(30)], { scenario });
    const [impact] = entries(log, "business.impacted");
    const completed = entries(log, "action.completed").find(
      (entry) => entry.action.type === "revoke-credential",
    );
    expect(impact).toMatchObject({
      impact: "deploys-stop",
      service: "deploys",
      severity: "major",
      softened: false,
    });
    expect(impact?.at).toBe(15);
    expect(impact?.cause).toEqual({ kind: "action", entry: completed?.seq });
    expect(impact?.actor.kind).toBe("team");
    expect(impact?.recoversAt).toBe(15 + 240);
  });

  it("a deploy freeze before the revoke softens it, and engineering does not escalate", () => {
    const { log } = play([act(5, { type: "deploy-freeze" }), act(10, revoke), advanceTo(60)], { scenario });
    expect(entries(log, "business.impacted")[0]?.softened).toBe(true);
    expect(entries(log, "inject.delivered").map((entry) => entry.inject)).not.toContain("i-deploys-red");
  });

  it("an unsoftened stop brings the escalation, and freezing afterwards softens it late", () => {
    const { log } = play(
      [
        act(10, revoke),
        advanceTo(20),
        act(20, { type: "reply", inject: "i-deploys-red", option: "freeze" }),
        advanceTo(40),
      ],
      { scenario },
    );
    expect(entries(log, "inject.delivered").map((entry) => entry.inject)).toContain("i-deploys-red");
    const softened = entries(log, "business.softened");
    expect(softened.map((entry) => entry.impact)).toEqual(["deploys-stop"]);
    expect(softened[0]?.actor.kind).toBe("team");
  });

  it("recovers after its recovery time, or as soon as a new key is issued", () => {
    const waited = play([act(10, revoke), advanceTo(300)], { scenario }).log;
    expect(entries(waited, "business.recovered")[0]).toMatchObject({
      at: 255,
      impact: "deploys-stop",
      actor: { kind: "world" },
    });
    const reissued = play(
      [act(10, revoke), act(20, { type: "rotate-credential", credential: "deploy-key" }), advanceTo(60)],
      { scenario },
    ).log;
    expect(entries(reissued, "business.recovered")[0]?.at).toBe(35);
  });

  it("shows on the business track: the service, its impact, and whether it is softened", () => {
    const { view, log } = play([act(10, { type: "shutdown-service", service: "api" }), advanceTo(30)], {
      scenario,
    });
    const checkout = view.business.find((service) => service.id === "checkout");
    expect(checkout).toMatchObject({ status: "impaired", customerFacing: true });
    expect(checkout?.impacts[0]).toMatchObject({
      id: "checkout-down",
      severity: "critical",
      since: 20,
      status: "active",
    });
    expect(view.business.find((service) => service.id === "deploys")?.status).toBe("normal");
    expect(businessTrack(foldLog(scenario, log))).toEqual(view.business);
    expect(
      view.activity.some((item) => item.kind === "business" && item.text.includes("Checkout is down")),
    ).toBe(true);
  });

  it("announces nothing before it happens: the track lists services, not the impacts a move would cause", () => {
    const { view } = play([advanceTo(5)], { scenario });
    expect(view.business.map((service) => service.impacts)).toEqual([[], []]);
    expect(JSON.stringify(view)).not.toContain("Deploys fail");
  });
});

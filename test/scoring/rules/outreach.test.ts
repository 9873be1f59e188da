import { describe, expect, it } from "vitest";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { playthrough } from "../support/playthrough";

const start = () => playthrough(HARBOUR_LIGHTS);

describe("outreach rules", () => {
  it("outreach.law-enforcement: police and FBI via the VP Engineering", () => {
    const viaVp = start()
      .act({ type: "contact", party: "police", kind: "law-enforcement" }, "vp-engineering")
      .act({ type: "contact", party: "agent", kind: "fbi" }, "vp-engineering")
      .at("T+1:00")
      .end();
    expect(findingOf(viaVp, "outreach.law-enforcement").outcome).toBe("met");
    const byIc = start()
      .act({ type: "contact", party: "agent", kind: "fbi" }, "incident-commander")
      .at("T+1:00")
      .end();
    expect(findingOf(byIc, "outreach.law-enforcement")).toMatchObject({ outcome: "partial", credit: 0.333 });
    expect(findingOf(start().at("T+1:00").end(), "outreach.law-enforcement").outcome).toBe("violated");
  });

  it("outreach.operators and outreach.security-firm: contacted or not", () => {
    const play = start()
      .act({ type: "contact", party: "gh-ops" })
      .act({ type: "contact", party: "firm" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "outreach.operators").outcome).toBe("met");
    expect(findingOf(play, "outreach.security-firm").outcome).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "outreach.operators").outcome).toBe("violated");
    expect(findingOf(start().at("T+1:00").end(), "outreach.security-firm").outcome).toBe("violated");
  });

  it("outreach.insurer: within the policy window, falling off after, n/a without an insurer", () => {
    expect(
      findingOf(
        start().at("T+1d").act({ type: "contact", party: "insurer" }).at("T+2d").end(),
        "outreach.insurer",
      ).outcome,
    ).toBe("met");
    const late = start().at("T+5d 23:45").act({ type: "contact", party: "insurer" }).at("T+7d").end();
    // notified at T+6d = 8640 min, window 3 d = 4320: 1 − 4320 / 12960 = 0.667
    expect(findingOf(late, "outreach.insurer")).toMatchObject({ outcome: "partial", credit: 0.667 });
    expect(findingOf(start().at("T+1:00").end(), "outreach.insurer").outcome).toBe("violated");
    const noInsurer: ScenarioDefinition = {
      ...HARBOUR_LIGHTS,
      world: {
        ...HARBOUR_LIGHTS.world,
        people: HARBOUR_LIGHTS.world.people.filter((p) => p.contactKind !== "insurer"),
      },
    };
    expect(findingOf(playthrough(noInsurer).at("T+1:00").end(), "outreach.insurer", noInsurer).outcome).toBe(
      "n/a",
    );
  });

  it("outreach.vector-parties: the vendor's people, reached privately", () => {
    expect(
      findingOf(
        start().act({ type: "contact", party: "parcel-ciso" }).at("T+1:00").end(),
        "outreach.vector-parties",
      ).outcome,
    ).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "outreach.vector-parties").outcome).toBe("violated");
  });
});

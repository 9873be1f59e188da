import { describe, expect, it } from "vitest";
import { createDrill } from "../../src/engine/createDrill";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { act, advanceTo, control, play } from "./support";
import { controllerLeaks as leaks } from "./viewSecrets";

describe("the player view keeps controller-only material out", () => {
  it("after a drill that triggered every attacker step, inject and discovery route", () => {
    const scenario = fixtureScenario();
    const { view } = play(
      [
        act(1, { type: "send-message", channel: "general", body: "we got hacked" }),
        act(20, { type: "investigate", logSource: "trail" }),
        act(61, { type: "reply", inject: "i-cfo", option: "sms-details" }),
        act(200, { type: "image-disk", instance: "cache-1" }),
        act(240, { type: "forensic-analysis", instance: "cache-1" }),
        advanceTo(4 * 24 * 60),
      ],
      { scenario },
    );
    expect(view.caseFile.map((fact) => fact.fact)).toContain("f-cache-tools");
    expect(leaks(view, scenario)).toEqual({ strings: [], keys: [] });
  });

  it("at every moment of a live drill", () => {
    const scenario = fixtureScenario();
    const drill = createDrill(scenario, "5");
    drill.start();
    for (let step = 0; step < 30; step++) {
      drill.advance(97);
      expect(leaks(drill.view(), scenario)).toEqual({ strings: [], keys: [] });
    }
  });

  it("the walk would catch a leak (a view with an evaluator note and an undiscovered fact fails)", () => {
    const scenario = fixtureScenario();
    const { view } = play([]);
    const tampered = {
      ...view,
      activity: [...view.activity, { at: 0, text: "Secret evaluator note", kind: "system" as const }],
      caseFile: [],
      inbox: [{ ...view.inbox[0]!, body: "Hidden recon text" }],
    };
    expect(leaks(tampered, scenario).strings).toEqual(["Hidden recon text", "Secret evaluator note"]);
  });
});

describe("what the player view does not give away about what is coming", () => {
  it("a rejected facilitator control never reaches the activity feed (it names unseen injects)", () => {
    const { view } = play([control(5, { type: "inject.release", inject: "i-cfo" })]);
    expect(view.activity.map((item) => item.text).join("\n")).not.toContain("i-cfo");
  });

  it("a module shows nothing, not even its title, until it has started; then its update and questions", () => {
    expect(play([advanceTo(60)]).view.scenario.modules.map((module) => module.id)).toEqual(["m1"]);
    const later = play([advanceTo(240)]).view.scenario.modules.find((module) => module.id === "m2");
    expect(later).toMatchObject({
      title: "Persistence",
      summary: "It gets worse.",
      questions: ["What now?"],
    });
  });

  it("the case file says what was found, never what kind of fact it is", () => {
    const { view } = play([act(20, { type: "investigate", logSource: "trail" }), advanceTo(60)]);
    expect(view.caseFile.length).toBeGreaterThan(0);
    for (const fact of view.caseFile)
      expect(Object.keys(fact).sort()).toEqual(["at", "discoveredAt", "fact", "text", "via"]);
  });

  it("next event skips an inject the facilitator skipped or a contingency already made moot", () => {
    expect(play([advanceTo(1)]).view.nextEventAt).toBe(15);
    expect(play([control(1, { type: "inject.skip", inject: "i-nudge" })]).view.nextEventAt).toBe(60);
    expect(play([act(1, { type: "page-ic" }), advanceTo(5)]).view.nextEventAt).toBe(60);
  });
});

import { describe, expect, it } from "vitest";
import { createDrill } from "../../src/engine/createDrill";
import { replay } from "../../src/engine/headless/replay";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { act, advanceTo, entries, play } from "./support";

describe("a drill's life: briefing, live, paused, debrief", () => {
  it("waits in the briefing until started, then applies the attacker's history at its own negative times", () => {
    const drill = createDrill(fixtureScenario(), "1");
    expect(drill.view().phase).toBe("briefing");
    drill.start();
    const { log } = play([]);
    expect(log[0]?.type).toBe("drill.started");
    const history = entries(log, "attacker.step").map((entry) => [entry.step, entry.at < 0]);
    expect(history).toEqual([
      ["recon", true],
      ["exfil", true],
    ]);
    expect(drill.view().phase).toBe("live");
    expect(drill.view().inbox.map((item) => item.inject)).toEqual(["i-alert"]);
  });

  it("rejects actions while paused and accepts them again after resuming", () => {
    const { log } = play([
      [5, { type: "drill.pause" }],
      act(5, { type: "page-ic" }),
      [5, { type: "drill.resume" }],
      act(6, { type: "page-ic" }),
    ]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual(["the drill is paused"]);
    expect(entries(log, "clock.paused")).toHaveLength(1);
    expect(entries(log, "action.accepted").map((entry) => entry.at)).toEqual([6]);
  });

  it("ends at the horizon and rejects what comes after", () => {
    const scenario = fixtureScenario();
    const { log, view } = play([
      advanceTo(scenario.horizon + 100),
      act(scenario.horizon + 200, { type: "page-ic" }),
    ]);
    const ended = entries(log, "drill.ended");
    expect(ended.map((entry) => [entry.reason, entry.at])).toEqual([["horizon", scenario.horizon]]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual(["the drill is over"]);
    expect(view.phase).toBe("debrief");
    expect(view.ended).toBe(true);
  });

  it("ends when the players close the incident", () => {
    const { log, view } = play([act(30, { type: "close-incident" }), advanceTo(500)]);
    expect(entries(log, "drill.ended").map((entry) => [entry.reason, entry.at])).toEqual([["closed", 30]]);
    expect(view.now).toBe(30);
  });

  it("rejects an action dated before now", () => {
    const { log } = play([advanceTo(50), act(40, { type: "page-ic" })]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual(["the time is in the past"]);
  });

  it("records every input so a replay of them rebuilds the same log", () => {
    const drill = createDrill(fixtureScenario(), "7");
    drill.start();
    drill.advance(3);
    drill.submit({ type: "page-ic" }, { by: "incident-commander" });
    drill.advance(10);
    drill.advance(10);
    drill.advanceToNextEvent();
    drill.pause();
    drill.submit({ type: "observation", text: "they paged fast" });
    drill.resume();
    drill.submit({ type: "investigate", logSource: "trail" });
    drill.advance(400);
    const again = replay(fixtureScenario(), "7", drill.inputs());
    expect(again.view).toEqual(drill.view());
    expect(again.view.now).toBe(drill.view().now);
  });

  it("advances to the next event the players will see", () => {
    const drill = createDrill(fixtureScenario(), "1");
    drill.start();
    drill.advanceToNextEvent();
    expect(drill.view().now).toBe(15);
    drill.advanceToNextEvent();
    expect(drill.view().now).toBe(60);
    expect(drill.view().inbox.map((item) => item.inject)).toContain("i-cfo");
  });

  it("tells subscribers about every change", () => {
    const drill = createDrill(fixtureScenario(), "1");
    const seen: number[] = [];
    const unsubscribe = drill.subscribe((view) => seen.push(view.now));
    drill.start();
    drill.advance(10);
    unsubscribe();
    drill.advance(10);
    expect(seen.at(-1)).toBe(10);
  });
});

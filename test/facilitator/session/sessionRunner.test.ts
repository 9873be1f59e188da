import { describe, expect, it } from "vitest";
import { SESSION_FILE_FORMAT } from "../../../src/app/sessionFileFormat";
import { masterEvents } from "../../../src/facilitator/masterEvents";
import { parseSessionFile } from "../../../src/facilitator/session/sessionFile";
import { createSessionRunner, restoreSessionRunner } from "../../../src/facilitator/session/sessionRunner";
import { MARKED_SCENARIO } from "../fixtures/markedScenario";
import { ENGINE_SERVICES } from "../support/engineServices";

const roster = [
  { name: "Ana", role: "incident-commander" as const },
  { name: "Ben", role: "security-lead" as const },
  { name: "  ", role: "legal" as const },
];

function runningSession() {
  const runner = createSessionRunner(ENGINE_SERVICES, MARKED_SCENARIO, {
    id: "s-run",
    seed: "7",
    roster,
    speed: 5,
  });
  runner.start();
  runner.advance(3);
  runner.decide({ type: "page-ic" }, "incident-commander");
  runner.decide({ type: "set-codename", codename: "blue-heron" }, "incident-commander", "Ana (standing in)");
  runner.control({ type: "observation", text: "Quick page", logRef: 1 });
  runner.advance(20);
  return runner;
}

describe("a facilitated session", () => {
  it("seats only named people and attributes each decision to its role and the person who voiced it", () => {
    const runner = runningSession();
    expect(runner.roster).toEqual([
      { name: "Ana", role: "incident-commander" },
      { name: "Ben", role: "security-lead" },
    ]);
    const decisions = runner
      .inputs()
      .filter((input) => input.intent.type === "page-ic" || input.intent.type === "set-codename");
    expect(decisions.map((input) => [input.intent.type, input.by, input.actorName])).toEqual([
      ["page-ic", "incident-commander", "Ana"],
      ["set-codename", "incident-commander", "Ana (standing in)"],
    ]);
    const accepted = runner.log().filter((entry) => entry.type === "action.accepted");
    expect(accepted.map((entry) => entry.type === "action.accepted" && entry.by)).toEqual([
      "incident-commander",
      "incident-commander",
    ]);
  });

  it("restores from its session file to the same moment, log and display", () => {
    const runner = runningSession();
    const file = SESSION_FILE_FORMAT.write(runner.session());
    const parsed = parseSessionFile(file, "session.json", SESSION_FILE_FORMAT, [MARKED_SCENARIO]);
    if (!parsed.ok) throw new Error(parsed.message);
    const restored = restoreSessionRunner(ENGINE_SERVICES, MARKED_SCENARIO, parsed.session);
    expect(restored.view().now).toBe(runner.view().now);
    expect(restored.log()).toEqual(runner.log());
    expect(restored.displayView()).toEqual(runner.displayView());
    expect(restored.speed()).toBe(5);
    expect(restored.inputs()).toEqual(runner.inputs());
  });

  it("restores a session saved in its briefing without starting the drill", () => {
    const runner = createSessionRunner(ENGINE_SERVICES, MARKED_SCENARIO, {
      id: "s-brief",
      seed: "7",
      roster,
    });
    const restored = restoreSessionRunner(ENGINE_SERVICES, MARKED_SCENARIO, runner.session());
    expect(restored.isStarted()).toBe(false);
    expect(restored.view().phase).toBe("briefing");
  });

  it("jumps the clock to the next module and pushes its questions to the display", () => {
    const runner = runningSession();
    expect(runner.jumpToNextModule()).toBe(true);
    expect(runner.view().now).toBe(120);
    expect(runner.displayView().prompt).toEqual({
      kind: "discussion",
      module: "m2",
      moduleTitle: "Containment",
      questions: ["What do you revoke?"],
    });
    expect(runner.jumpToNextModule()).toBe(false);
  });

  it("pauses and resumes the clock, and ends with the hotwash questions on the display", () => {
    const runner = runningSession();
    runner.pause();
    expect(runner.view().phase).toBe("paused");
    runner.advance(30);
    expect(runner.jumpToNextModule()).toBe(false);
    expect(runner.view().now).toBe(23);
    runner.resume();
    expect(runner.view().phase).toBe("live");
    runner.end();
    expect(runner.view().ended).toBe(true);
    expect(runner.displayView().prompt?.kind).toBe("hotwash");
  });

  it("lists the master scenario events with their status and controller notes", () => {
    const runner = runningSession();
    runner.control({ type: "inject.hold", inject: "i-customer" });
    runner.control({ type: "inject.skip", inject: "i-skip" });
    const rows = masterEvents(MARKED_SCENARIO, runner.log());
    const byId = new Map(rows.map((row) => [row.inject, row]));
    expect(byId.get("i-alert")).toMatchObject({
      status: "delivered",
      deliveredAt: 0,
      evaluatorNotes: "ZZCTRL-NOTES-alert",
    });
    expect(byId.get("i-customer")).toMatchObject({
      status: "held",
      expectedActions: ["ZZCTRL-EXPECT-customer"],
    });
    expect(byId.get("i-skip")?.status).toBe("skipped");
    expect(byId.get("i-nudge")).toMatchObject({ contingency: true });
    expect(rows.at(-1)?.status).not.toBe("pending");
  });

  it("shows a held inject as pending again once released, and delivers it when due", () => {
    const runner = runningSession();
    runner.control({ type: "inject.hold", inject: "i-customer" });
    runner.control({ type: "inject.release", inject: "i-customer" });
    const status = () =>
      masterEvents(MARKED_SCENARIO, runner.log(), runner.inputs()).find((row) => row.inject === "i-customer")
        ?.status;
    expect(status()).toBe("pending");
    runner.advance(240);
    expect(status()).toBe("delivered");
  });

  it("keeps a held inject back when its time comes", () => {
    const runner = runningSession();
    runner.control({ type: "inject.hold", inject: "i-customer" });
    runner.advance(240);
    const row = masterEvents(MARKED_SCENARIO, runner.log(), runner.inputs()).find(
      (item) => item.inject === "i-customer",
    );
    expect(row?.status).toBe("held");
    expect(runner.displayView().inbox.map((message) => message.body)).not.toContain(
      "ZZINJ-i-customer-body are we affected?",
    );
  });
});

import { describe, expect, it } from "vitest";
import { ACTION_TYPES } from "../../src/engine/actions";
import { ACTION_FIELDS, buildAction, choiceOptions } from "../../src/facilitator/actionFields";
import { samplePlayerView } from "./support/samplePlayerView";

describe("the compact decision forms", () => {
  it("have a form for every action of the vocabulary", () => {
    expect(Object.keys(ACTION_FIELDS).sort()).toEqual([...ACTION_TYPES].sort());
  });

  it("build the action the team decided, with checkboxes and times", () => {
    expect(
      buildAction("image-disk", { instance: "web-1", disk: "", readOnly: true, offsite: false }),
    ).toEqual({
      ok: true,
      action: { type: "image-disk", instance: "web-1", readOnly: true, offsite: false },
    });
    expect(buildAction("investigate", { logSource: "cloudtrail", from: "T-7d", to: "T+1:30" })).toEqual({
      ok: true,
      action: { type: "investigate", logSource: "cloudtrail", from: -10080, to: 90 },
    });
    expect(buildAction("invite", { people: ["sam", "ivy"], to: "both" })).toEqual({
      ok: true,
      action: { type: "invite", people: ["sam", "ivy"], to: "both" },
    });
  });

  it("turns a reply choice back into the inject and option", () => {
    const [option] = choiceOptions("reply", samplePlayerView());
    expect(option?.label).toBe("Sam Sec — Odd API calls: Acknowledge");
    expect(buildAction("reply", { reply: option?.value ?? "" })).toEqual({
      ok: true,
      action: { type: "reply", inject: "a1", option: "ack" },
    });
  });

  it("say which required field is missing or malformed", () => {
    expect(buildAction("set-codename", { codename: " " })).toEqual({
      ok: false,
      message: "Codename is required.",
    });
    expect(buildAction("publish-statement", { title: "Update" })).toEqual({
      ok: false,
      message: "Statement is required.",
    });
    expect(buildAction("investigate", { logSource: "x", from: "yesterday" })).toMatchObject({ ok: false });
  });

  it('reads times in the one sim-time grammar ("1:75" is no time)', () => {
    expect(buildAction("investigate", { logSource: "x", from: "T-3d +04:12", to: "T+32h" })).toMatchObject({
      ok: true,
      action: { from: -(3 * 1440) + 252, to: 1920 },
    });
    expect(buildAction("investigate", { logSource: "x", from: "1:75" })).toMatchObject({ ok: false });
  });

  it("read a date and clock time as the ops room does, when the scenario has a start", () => {
    const start = { date: "2026-11-14", time: "09:00", zone: "UTC" };
    expect(
      buildAction("investigate", { logSource: "x", from: "2026-11-13 09:00", to: "2026-11-14 10:30" }, start),
    ).toMatchObject({ ok: true, action: { from: -1440, to: 90 } });
    expect(buildAction("investigate", { logSource: "x", from: "2026-11-13 09:00" })).toEqual({
      ok: false,
      message: "From (e.g. T-7d): write T+1:30, T-7d or minutes.",
    });
  });
});

import { describe, expect, it } from "vitest";
import { act, advanceTo, control, entries, play } from "./support";

describe("injects", () => {
  it("delivers timed injects at their time with who sent them on which channel", () => {
    const { log, view } = play([advanceTo(61)]);
    expect(
      entries(log, "inject.delivered").map((entry) => [entry.inject, entry.at, entry.from, entry.channel]),
    ).toEqual([
      ["i-alert", 0, "cust-cody", "email"],
      ["i-nudge", 15, "sec-sam", "general"],
      ["i-cfo", 60, "cfo-carla", "sms"],
    ]);
    expect(view.inbox[2]).toMatchObject({
      fromName: "Carla",
      channelName: "SMS",
      replies: [
        { id: "sms-details", label: "Text back the details" },
        { id: "ignore", label: "Ignore" },
      ],
    });
  });

  it("skips a contingency inject when the players already did what it nudges", () => {
    const { log } = play([act(1, { type: "page-ic" }), advanceTo(20)]);
    expect(entries(log, "inject.skipped").map((entry) => [entry.inject, entry.at])).toEqual([
      ["i-nudge", 15],
    ]);
  });

  it("delivers a conditional inject as soon as its condition holds", () => {
    const { log } = play([
      act(100, { type: "send-message", channel: "email", to: ["reporter-rita"], body: "off the record" }),
      advanceTo(200),
    ]);
    expect(entries(log, "inject.delivered").find((entry) => entry.inject === "i-journalist")?.at).toBe(102);
  });

  it("a reply applies its option's action and cannot be given twice", () => {
    const { log, view } = play([
      act(61, { type: "reply", inject: "i-cfo", option: "sms-details" }),
      act(70, { type: "reply", inject: "i-cfo", option: "ignore" }),
      act(70, { type: "reply", inject: "i-reentry", option: "x" }),
      advanceTo(80),
    ]);
    expect(entries(log, "message.sent").map((entry) => [entry.channel, entry.at, entry.to])).toEqual([
      ["sms", 65, ["cfo-carla"]],
    ]);
    expect(entries(log, "leak").map((entry) => entry.to)).toEqual([["cfo-carla"]]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "i-cfo was already answered",
      "no delivered inject i-reentry",
    ]);
    expect(view.inbox.find((item) => item.inject === "i-cfo")?.repliedWith).toBe("sms-details");
  });

  it("the facilitator can fire, hold, release and skip injects", () => {
    const { log } = play([
      control(1, { type: "inject.fire", inject: "i-reentry" }),
      control(1, { type: "inject.hold", inject: "i-cfo" }),
      control(2, { type: "inject.skip", inject: "i-nudge" }),
      advanceTo(90),
      control(90, { type: "inject.release", inject: "i-cfo" }),
      control(91, { type: "inject.fire", inject: "i-reentry" }),
      control(91, { type: "inject.release", inject: "i-alert" }),
    ]);
    expect(entries(log, "inject.delivered").map((entry) => [entry.inject, entry.at])).toEqual([
      ["i-alert", 0],
      ["i-reentry", 1],
      ["i-cfo", 90],
    ]);
    expect(entries(log, "inject.held").map((entry) => entry.inject)).toEqual(["i-cfo"]);
    expect(entries(log, "inject.skipped").map((entry) => [entry.inject, entry.cause.kind])).toEqual([
      ["i-nudge", "input"],
    ]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "i-reentry was already delivered",
      "i-alert was already delivered",
    ]);
  });

  it("records facilitator overrides, observations, answers and adjudications", () => {
    const { log } = play([
      control(5, { type: "observation", text: "IC hesitated", logRef: 3 }),
      control(5, {
        type: "finding.override",
        rule: "team.page-ic-early",
        outcome: "met",
        rationale: "paged by phone",
      }),
      control(5, { type: "discussion.answer", module: "m1", question: 0, answer: "Ines" }),
      control(5, { type: "hotwash.answer", question: 1, answer: "faster paging" }),
      control(5, { type: "adjudicate", text: "counts as isolation", rule: "containment.isolate-early" }),
      [6, { type: "drill.end" }],
      control(6, { type: "hotwash.answer", question: 2, answer: "after the end is fine" }),
      control(6, { type: "inject.fire", inject: "i-cfo" }),
    ]);
    expect(log.slice(-8).map((entry) => entry.type)).toEqual([
      "observation",
      "finding.overridden",
      "discussion.answered",
      "hotwash.answered",
      "adjudicated",
      "drill.ended",
      "hotwash.answered",
      "action.rejected",
    ]);
    expect(entries(log, "action.rejected")[0]?.reason).toBe("the drill is over");
  });

  it("modules start at their time", () => {
    const { log, view } = play([advanceTo(300)]);
    expect(entries(log, "module.started").map((entry) => [entry.module, entry.at])).toEqual([
      ["m1", 0],
      ["m2", 240],
    ]);
    expect(view.currentModule).toBe("m2");
  });

  it("flags are set as soon as their condition holds", () => {
    const { log } = play([act(5, { type: "send-message", channel: "general", body: "hi" }), advanceTo(10)]);
    expect(entries(log, "flag.set").map((entry) => [entry.flag, entry.at, entry.cause.kind])).toEqual([
      ["leaked-any", 7, "flag"],
    ]);
  });
});

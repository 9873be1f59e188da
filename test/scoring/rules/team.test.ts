import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { playthrough } from "../support/playthrough";

const start = () => playthrough(HARBOUR_LIGHTS);

describe("team.page-ic-early", () => {
  it.each([
    ["T+0:05", "met", 1],
    ["T+0:10", "partial", 0.667],
    ["T+0:20", "violated", 0],
  ])("paged at %s is %s", (time, outcome, credit) => {
    const play = start().at(time).act({ type: "page-ic" }).at("T+1:00").end();
    expect(findingOf(play, "team.page-ic-early")).toMatchObject({ outcome, credit });
  });

  it("is violated when nobody pages an IC", () => {
    expect(findingOf(start().at("T+1:00").end(), "team.page-ic-early").outcome).toBe("violated");
  });
});

describe.each([
  ["team.voice-call", { type: "start-voice-call" } as const, "call" as const],
  ["team.room", { type: "create-room", name: "amber-owl" } as const, "room" as const],
])("%s", (rule, action, to) => {
  it("is met when set up with responders invited", () => {
    const play = start()
      .act(action)
      .at("T+0:05")
      .act({ type: "invite", people: ["sol"], to })
      .at("T+0:10")
      .end();
    expect(findingOf(play, rule).outcome).toBe("met");
  });

  it("is partial when set up but nobody is invited", () => {
    expect(findingOf(start().act(action).at("T+0:10").end(), rule)).toMatchObject({
      outcome: "partial",
      credit: 0.5,
    });
  });

  it("is violated when never set up", () => {
    expect(findingOf(start().at("T+0:10").end(), rule).outcome).toBe("violated");
  });
});

describe("team.security-included and team.service-reps", () => {
  it("are met when security and the shop-api owner join, violated otherwise", () => {
    const play = start()
      .act({ type: "create-room", name: "amber-owl" })
      .at("T+0:05")
      .act({ type: "invite", people: ["sol", "omar"], to: "room" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "team.security-included").outcome).toBe("met");
    expect(findingOf(play, "team.service-reps").outcome).toBe("met");
    const none = start().at("T+0:10").end();
    expect(findingOf(none, "team.security-included").outcome).toBe("violated");
    expect(findingOf(none, "team.service-reps").outcome).toBe("violated");
  });
});

describe("team.exec-legal", () => {
  const room = () => start().act({ type: "create-room", name: "amber-owl" }).at("T+0:05");

  it("is met when executives and legal join after the operational responders", () => {
    const play = room()
      .act({ type: "invite", people: ["sol"], to: "room" })
      .at("T+0:10")
      .act({ type: "invite", people: ["cora", "lee"], to: "room" })
      .at("T+0:20")
      .end();
    expect(findingOf(play, "team.exec-legal").outcome).toBe("met");
  });

  it("loses the ordering third when executives come first", () => {
    const play = room()
      .act({ type: "invite", people: ["cora", "lee"], to: "room" })
      .at("T+0:10")
      .act({ type: "invite", people: ["sol"], to: "room" })
      .at("T+0:20")
      .end();
    expect(findingOf(play, "team.exec-legal")).toMatchObject({ outcome: "partial", credit: 0.667 });
  });

  it("is violated when neither is invited", () => {
    const play = room()
      .act({ type: "invite", people: ["sol"], to: "room" })
      .at("T+0:20")
      .end();
    expect(findingOf(play, "team.exec-legal").outcome).toBe("violated");
  });
});

describe("team.need-to-know-members", () => {
  const room = () => start().act({ type: "create-room", name: "amber-owl" }).at("T+0:05");

  it("loses a third per member outside the need-to-know set", () => {
    const play = room()
      .act({ type: "invite", people: ["sol", "fay"], to: "room" })
      .at("T+0:20")
      .end();
    const finding = findingOf(play, "team.need-to-know-members");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.667 });
    expect(finding.summary).toContain("fay");
  });

  it("is violated outright when the insider is invited", () => {
    const play = room()
      .act({ type: "invite", people: ["dana"], to: "room" })
      .at("T+0:20")
      .end();
    const finding = findingOf(play, "team.need-to-know-members");
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain("insider");
  });
});

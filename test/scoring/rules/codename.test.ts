import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { playthrough } from "../support/playthrough";

const start = () => playthrough(HARBOUR_LIGHTS).at("T+0:01").act({ type: "page-ic" });

describe("codename.set-early", () => {
  it("is partial when the room was created before the codename", () => {
    const play = start()
      .act({ type: "create-room", name: "ops-room" })
      .at("T+0:03")
      .act({ type: "set-codename", codename: "amber-owl" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "codename.set-early")).toMatchObject({ outcome: "partial", credit: 0.5, at: 3 });
  });

  it("is violated when no codename is ever set", () => {
    expect(
      findingOf(
        start().act({ type: "create-room", name: "ops-room" }).at("T+0:10").end(),
        "codename.set-early",
      ).outcome,
    ).toBe("violated");
  });

  it("counts the submission order, even when both complete later", () => {
    const play = start()
      .act({ type: "set-codename", codename: "amber-owl" })
      .act({ type: "create-room", name: "amber-owl" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "codename.set-early").outcome).toBe("met");
  });
});

describe("codename.innocuous", () => {
  it.each([
    ["amber-owl", "met"],
    ["parcelpoint-fix", "violated"],
    ["Project Re-Attack", "violated"],
    ["elimu-blue", "violated"],
    ["acme-retail-sync", "violated"],
    ["breachbusters", "violated"],
    ["acme-hawk", "violated"],
    ["kruger-watch", "violated"],
    ["dana-kruger", "violated"],
    ["retail-falcon", "met"],
  ])("codename %s is %s", (codename, outcome) => {
    const play = start().act({ type: "set-codename", codename }).at("T+0:10").end();
    expect(findingOf(play, "codename.innocuous").outcome).toBe(outcome);
  });
});

describe("codename.room-named", () => {
  it("is met when the room carries the codename", () => {
    const play = start()
      .act({ type: "set-codename", codename: "amber-owl" })
      .act({ type: "create-room", name: "#amber-owl" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "codename.room-named").outcome).toBe("met");
  });

  it("is partial when one of two rooms does not", () => {
    const play = start()
      .act({ type: "set-codename", codename: "amber-owl" })
      .act({ type: "create-room", name: "amber-owl" })
      .act({ type: "create-room", name: "ops-sync" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "codename.room-named")).toMatchObject({ outcome: "partial", credit: 0.5 });
  });

  it("is violated when the room ignores the codename", () => {
    const play = start()
      .act({ type: "set-codename", codename: "amber-owl" })
      .act({ type: "create-room", name: "ops-sync" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "codename.room-named").outcome).toBe("violated");
  });
});

describe("codename.no-revealing-names", () => {
  it("loses a third per revealing room name, topic or call title", () => {
    const play = start()
      .act({ type: "set-codename", codename: "amber-owl" })
      .act({ type: "create-room", name: "amber-owl", topic: "Attorney Work Project: incident sync" })
      .at("T+0:10")
      .end();
    const finding = findingOf(play, "codename.no-revealing-names");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.667 });
    expect(finding.summary).toContain("chat topic");
  });

  it("is violated with three revealing names", () => {
    const play = start()
      .act({ type: "start-voice-call", title: "Security bridge" })
      .act({ type: "create-room", name: "hacked-servers", topic: "ParcelPoint leak" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "codename.no-revealing-names").outcome).toBe("violated");
  });
});

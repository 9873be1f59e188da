import { describe, expect, it } from "vitest";
import { describeShippedPlays } from "./support/describeShippedPlays";
import {
  delivered,
  entries,
  flagsSet,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "push-until-yes";
const harness = scenarioHarness(ID);
const { play } = harness;

describeShippedPlays("Push Until Yes", harness, {
  id: ID,
  plays: [
    "expert",
    "reckless",
    "reply-public",
    "explain-in-slack",
    "sms-blast",
    "slack-room",
    "trust-the-voice",
    "no-customer-data",
    "ignore-bounty",
    "post-draft",
    "forgotten-device",
  ],
  jitteredStep: "pu-sms-phish",
});

describe("Push Until Yes: the attacker in the chat", () => {
  it("the expert opens the Slack room only after the attacker's Slack sessions are revoked, so he never reads it", () => {
    const log = play("expert");
    expect(flagsSet(log)).not.toContain("room-exposed");
    expect(stepsSkipped(log)).toEqual(
      expect.arrayContaining([
        "pu-join-room",
        "pu-screenshots",
        "pu-wipe-messages",
        "pu-noah-use",
        "pu-mfa-return",
      ]),
    );
  });

  it("a room opened in Slack while he is still an admin is read and screenshotted", () => {
    const log = play("slack-room");
    expect(flagsSet(log)).toContain("room-exposed");
    expect(stepsDone(log)).toEqual(expect.arrayContaining(["pu-join-room", "pu-screenshots"]));
    expect(delivered(log)).toContain("c5c-screenshots");
  });

  it("what the team writes in that Slack room leaks to the attacker; the expert's room does not", () => {
    const roomLeaks = (name: string) =>
      entries(play(name), "leak").filter((leak) => leak.channel === "room" && leak.to.includes("attacker"));
    expect(roomLeaks("slack-room").length).toBeGreaterThan(0);
    expect(roomLeaks("expert")).toEqual([]);
  });

  it("a reply in #general goes to the attacker too", () => {
    const leaks = entries(play("reply-public"), "leak").filter((leak) => leak.channel === "general");
    expect(leaks.some((leak) => leak.to.includes("attacker"))).toBe(true);
  });

  it("the company's own SMS blast primes staff for the attacker's fake reset SMS", () => {
    const log = play("sms-blast");
    expect(stepsDone(log)).toContain("pu-sms-amplified");
    expect(stepsSkipped(play("expert"))).toContain("pu-sms-amplified");
  });

  it("trusting 'Alex from IT' leaves Noah's account to the attacker", () => {
    expect(stepsDone(play("trust-the-voice"))).toContain("pu-noah-use");
  });

  it("resetting Kai's password but leaving the attacker's MFA device lets him back in a day later", () => {
    const log = play("forgotten-device");
    expect(stepsDone(log)).toContain("pu-mfa-return");
    expect(delivered(log)).toContain("c8b-mfa-return");
  });
});

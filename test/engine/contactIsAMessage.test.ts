import { describe, expect, it } from "vitest";
import { runPlay } from "../../src/engine/headless/runPlay";
import { entries, scenarioHarness } from "../scenarios/support/scenarioHarness";

const { scenario } = scenarioHarness("fetch-the-keys");

function contact(party: string, extra: Record<string, unknown> = {}) {
  return runPlay(scenario, {
    inputs: [
      { at: 1, intent: { type: "page-ic" } },
      {
        at: 2,
        intent: { type: "contact", party, body: "We think imgproxy leaked customer exports.", ...extra },
      },
      { at: 60, intent: { type: "drill.end" } },
    ],
  }).log;
}

describe("a contact that says something is a message on the channel it used", () => {
  it("logs an email to the journalist as an email, and as a leak: the press is not on the team", () => {
    const log = contact("journalist", { channel: "email", subject: "Quick question" });
    const [message] = entries(log, "message.sent");
    expect(message).toMatchObject({ channelKind: "email", to: ["journalist"], subject: "Quick question" });
    expect(entries(log, "leak")).toEqual([
      expect.objectContaining({ to: ["journalist"], via: message?.seq }),
    ]);
  });

  it("logs a call to the FBI as outreach: a message, but no leak", () => {
    const log = contact("fbi-agent", { channel: "phone" });
    expect(entries(log, "message.sent")).toHaveLength(1);
    expect(entries(log, "leak")).toEqual([]);
  });

  it("logs nothing said when the contact carries no words", () => {
    const log = runPlay(scenario, {
      inputs: [
        { at: 2, intent: { type: "contact", party: "journalist" } },
        { at: 60, intent: { type: "drill.end" } },
      ],
    }).log;
    expect(entries(log, "message.sent")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { describeReachabilityPlays } from "./support/describeReachabilityPlays";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "push-until-yes";
const harness = scenarioHarness(ID);
const { play, finding } = harness;

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["call-only", "email-updates"] as const;

describeReachabilityPlays("Push Until Yes", harness, REACHABILITY);

describe("Push Until Yes: a response that never leaves the bridge", () => {
  const log = play("call-only");

  it("opens no room, so everyone joins the call and nobody a room", () => {
    expect(entries(log, "action.accepted").filter((entry) => entry.action.type === "create-room")).toEqual(
      [],
    );
    const joined = entries(log, "team.joined").filter((entry) => entry.to !== "page");
    expect(joined.length).toBeGreaterThan(0);
    expect(new Set(joined.map((entry) => entry.to))).toEqual(new Set(["call"]));
  });

  it("leaves the room rules with nothing to judge rather than failing them too", () => {
    expect(finding("call-only", "codename.room-named")?.outcome).toBe("n/a");
    expect(finding("call-only", "team.voice-call")?.outcome).toBe("met");
  });
});

describe("Push Until Yes: email as the system of record", () => {
  const log = play("email-updates");
  const emails = entries(log, "message.sent").filter((message) => message.channelKind === "email");

  it("sends at least ten emails, each only to people already on the bridge", () => {
    expect(emails.length).toBeGreaterThanOrEqual(10);
    for (const message of emails) expect(message.outsiders, String(message.seq)).toEqual([]);
  });

  it("keeps them inside the team and under the privilege subject, so only the channel choice costs points", () => {
    expect(finding("email-updates", "privacy.need-to-know")?.outcome).toBe("met");
    expect(finding("email-updates", "privacy.email-subject")?.outcome).toBe("met");
    expect(finding("email-updates", "privacy.avoid-email")?.evidence).toHaveLength(emails.length);
  });
});

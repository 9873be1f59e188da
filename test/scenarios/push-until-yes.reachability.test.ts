import { describe, expect, it } from "vitest";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "push-until-yes";
const { loadPlay, play, card, finding, unmetExpectationsOf: unmetExpectations } = scenarioHarness(ID);

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["call-only", "email-updates"] as const;

describe("Push Until Yes: temptation plays that leave a rule violated", () => {
  it.each(REACHABILITY)("%s holds its own expect block", (name) => {
    expect(unmetExpectations(name)).toEqual([]);
  });

  it.each(REACHABILITY)("%s names the rule it tests, violates it, and the expert meets it", (name) => {
    const { tests, expect: wanted } = loadPlay(name);
    expect(tests).toBeDefined();
    expect(wanted.rules?.violated).toContain(tests);
    expect(finding(name, tests ?? "")?.outcome).toBe("violated");
    expect(finding("expert", tests ?? "")?.outcome).toBe("met");
  });

  it.each(REACHABILITY)("%s has every action accepted: the mistake is a choice the game allows", (name) => {
    expect(entries(play(name), "action.rejected").map((entry) => entry.reason)).toEqual([]);
  });

  it.each(REACHABILITY)(
    "%s otherwise plays competently: below the expert, far above the reckless play",
    (name) => {
      const total = card(name).total;
      expect(total).toBeLessThan(card("expert").total);
      expect(total).toBeGreaterThan(card("reckless").total + 40);
    },
  );
});

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

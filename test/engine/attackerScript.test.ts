import { describe, expect, it } from "vitest";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { act, advanceTo, entries, play } from "./support";

const DAY = 24 * 60;

describe("the attacker script", () => {
  it("runs a timed step whose condition holds: the persistence box exists with its foothold, unseen until found", () => {
    const { log, view } = play([advanceTo(200)]);
    expect(entries(log, "attacker.step").map((entry) => [entry.step, entry.at])).toContainEqual([
      "create-cache",
      180,
    ]);
    expect(entries(log, "foothold.opened").map((entry) => entry.foothold)).toEqual(["fh-cache"]);
    expect(entries(log, "state.changed")).toContainEqual(
      expect.objectContaining({ subject: "cache-1", from: "absent", to: "running" }),
    );
    expect(view.instances.map((instance) => instance.id)).not.toContain("cache-1");
    expect(view.logSources.map((source) => source.id)).not.toContain("cache-logs");
  });

  it("shows the persistence box once a delivered message reveals it", () => {
    const scenario = fixtureScenario();
    const [alert] = scenario.injects;
    scenario.injects.push({
      ...alert!,
      id: "i-cost-alert",
      at: 190,
      subject: "Cost alert",
      body: "A new large instance, cache-1, is running in production.",
      replies: [],
      reveals: ["cache-1"],
    });
    const { view } = play([advanceTo(200)], { scenario });
    expect(view.instances.find((instance) => instance.id === "cache-1")).toMatchObject({
      attackerMade: true,
    });
    expect(view.logSources.map((source) => source.id)).toContain("cache-logs");
  });

  it("skips a step whose condition no longer holds, saying why", () => {
    const { log, view } = play([
      act(10, { type: "revoke-credential", credential: "deploy-key" }),
      advanceTo(200),
    ]);
    const [skipped] = entries(log, "attacker.skipped");
    expect(skipped).toMatchObject({ step: "create-cache", at: 180 });
    expect(skipped?.reason).toContain('"credential":"deploy-key"');
    expect(view.instances.map((instance) => instance.id)).not.toContain("cache-1");
  });

  it("a triggered step waits for its condition: the forgotten key brings the attacker back after day 3", () => {
    const early = play([advanceTo(3 * DAY - 1)]);
    expect(entries(early.log, "attacker.step").map((entry) => entry.step)).not.toContain("reentry");
    const { log, view } = play([advanceTo(3 * DAY + 10)]);
    expect(entries(log, "attacker.step").find((entry) => entry.step === "reentry")?.at).toBe(3 * DAY);
    expect(view.inbox.map((item) => item.inject)).toContain("i-reentry");
  });

  it("rotating the forgotten key in time means the return never happens", () => {
    const { log } = play([act(60, { type: "rotate-credential", credential: "etl-key" }), advanceTo(4 * DAY)]);
    expect(entries(log, "attacker.step").map((entry) => entry.step)).not.toContain("reentry");
    expect(entries(log, "inject.delivered").map((entry) => entry.inject)).not.toContain("i-reentry");
  });

  it("a leak to the insider makes them wipe the vendor audit log half an hour later", () => {
    const { log } = play([
      act(10, { type: "send-message", channel: "general", body: "we are breached" }),
      advanceTo(100),
    ]);
    const wipe = entries(log, "attacker.step").find((entry) => entry.step === "wipe");
    expect(wipe?.at).toBe(12 + 30);
    expect(entries(log, "flag.set").map((entry) => entry.flag)).toContain("wiped");
    expect(entries(log, "evidence.destroyed").map((entry) => [entry.subject, entry.at])).toEqual([
      ["vendor-audit", 42],
    ]);
  });

  it("preserved logs survive the wipe", () => {
    const { log } = play([
      act(1, { type: "preserve-logs", logSource: "vendor-audit" }),
      act(30, { type: "send-message", channel: "general", body: "we are breached" }),
      act(100, { type: "investigate", logSource: "vendor-audit" }),
      advanceTo(200),
    ]);
    expect(entries(log, "evidence.destroyed")).toEqual([]);
    expect(entries(log, "fact.discovered").map((entry) => entry.fact)).toEqual(["f-vendor"]);
  });

  it("cannot open a foothold through a path already closed", () => {
    const scenario = fixtureScenario();
    scenario.attacker.push({
      id: "reopen",
      at: 100,
      title: "Tries the etl key again",
      description: "",
      effects: [{ openFoothold: "fh-etl" }, { closeFoothold: "fh-pz" }],
      preventable: true,
    });
    scenario.world.footholds[1]!.openAtStart = false;
    const closed = play([act(1, { type: "revoke-credential", credential: "etl-key" }), advanceTo(120)], {
      scenario,
    });
    expect(entries(closed.log, "foothold.opened")).toEqual([]);
    expect(entries(closed.log, "foothold.closed").map((entry) => [entry.foothold, entry.by])).toEqual([
      ["fh-pz", "reopen"],
    ]);
    const open = play([advanceTo(120)], { scenario });
    expect(entries(open.log, "foothold.opened").map((entry) => entry.foothold)).toEqual(["fh-etl"]);
  });

  it("terminates instances, destroys logs, exfiltrates and triggers injects as its effects say", () => {
    const scenario = fixtureScenario();
    scenario.attacker.push({
      id: "scorched-earth",
      at: 60,
      title: "Covers tracks",
      description: "",
      effects: [
        { terminateInstance: "web-2" },
        { destroyLogSource: "trail" },
        { exfiltrate: { dataStore: "exports", dataClasses: ["emails"], amount: "1 GB" } },
        { triggerInject: "i-reentry" },
        { compromiseCredential: "ci-token" },
      ],
      preventable: true,
    });
    const { log, view } = play([advanceTo(70)], { scenario });
    expect(entries(log, "state.changed").map((entry) => `${entry.subject}:${entry.to}`)).toEqual([
      "web-2:terminated",
      "trail:destroyed",
    ]);
    expect(entries(log, "exfiltration").map((entry) => entry.amount)).toEqual(["3 GB", "1 GB"]);
    expect(entries(log, "fact.lost").map((entry) => entry.fact)).toEqual(
      expect.arrayContaining(["f-recon", "f-exfil", "rh-2"]),
    );
    expect(view.inbox.map((item) => item.inject)).toContain("i-reentry");
    expect(view.activity.some((item) => item.text.includes("trail"))).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import {
  delivered,
  entries,
  flagsSet,
  SCENARIOS,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "push-until-yes";
const { scenario, loadPlay, play, card, outcome, playNames, temptationPlays } = scenarioHarness(ID);

describe("Push Until Yes: the scenario and its plays", () => {
  it("compiles without a single diagnostic", () => {
    const result = compileScenario(
      readFileSync(join(SCENARIOS, `${ID}.yaml`), "utf8"),
      `scenarios/${ID}.yaml`,
    );
    expect(result.diagnostics).toEqual([]);
  });

  it("ships an expert, a reckless and one play per temptation", () => {
    expect(playNames).toEqual(
      expect.arrayContaining([
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
      ]),
    );
  });

  it.each(playNames)("%s meets every expectation it states", (name) => {
    const { expect: wanted } = loadPlay(name);
    const scored = card(name);
    if (wanted.score?.min !== undefined) expect(scored.total).toBeGreaterThanOrEqual(wanted.score.min);
    if (wanted.score?.max !== undefined) expect(scored.total).toBeLessThanOrEqual(wanted.score.max);
    for (const [want, rules] of Object.entries(wanted.rules ?? {}))
      for (const rule of rules ?? []) expect(`${rule}: ${outcome(name, rule)}`).toBe(`${rule}: ${want}`);
  });

  it.each(temptationPlays)("%s fires the rule it exists to test", (name) => {
    const { tests } = loadPlay(name);
    expect(tests).toBeDefined();
    expect(["partial", "violated"]).toContain(outcome(name, tests ?? ""));
    expect(outcome("expert", tests ?? "")).toBe("met");
  });

  it("scores the expert play at least 90 and above every other play; the reckless play below 40", () => {
    const expert = card("expert").total;
    expect(expert).toBeGreaterThanOrEqual(90);
    for (const name of playNames.filter((n) => n !== "expert"))
      expect(card(name).total, name).toBeLessThan(expert);
    expect(card("reckless").total).toBeLessThan(40);
  });

  it("replays the expert play byte for byte with the same seed", () => {
    expect(runPlay(scenario, loadPlay("expert")).hash).toBe(runPlay(scenario, loadPlay("expert")).hash);
  });
});

describe("Push Until Yes: what the seed leaves to chance", () => {
  it("shows exactly the scenario's number of red herrings to a team that reads every log, not always the same ones", () => {
    const herrings = new Set(scenario.variation.redHerrings);
    const picks = new Set<string>();
    for (let seed = 1; seed <= 10; seed += 1) {
      const found = entries(play("expert", String(seed)), "fact.discovered")
        .map((entry) => entry.fact)
        .filter((fact) => herrings.has(fact));
      expect(found, `seed ${seed}`).toHaveLength(scenario.variation.redHerringCount);
      picks.add(found.sort().join(","));
    }
    expect(picks.size).toBeGreaterThan(1);
  });

  it("moves pu-sms-phish within its jitter, differently across seeds", () => {
    const step = scenario.attacker.find((candidate) => candidate.id === "pu-sms-phish");
    const times = new Set<number>();
    for (let seed = 1; seed <= 10; seed += 1) {
      const ran = entries(play("reckless", String(seed)), "attacker.step").find(
        (e) => e.step === "pu-sms-phish",
      );
      expect(ran, `seed ${seed}`).toBeDefined();
      expect(Math.abs((ran?.at ?? 0) - (step?.at ?? 0))).toBeLessThanOrEqual(step?.jitter ?? 0);
      times.add(ran?.at ?? 0);
    }
    expect(times.size).toBeGreaterThan(1);
  });
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

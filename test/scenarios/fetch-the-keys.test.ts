import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import {
  delivered,
  destroyed,
  entries,
  lostFacts,
  SCENARIOS,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "fetch-the-keys";
const { scenario, loadPlay, play, card, outcome, playNames, temptationPlays } = scenarioHarness(ID);

describe("Fetch the Keys: the scenario and its plays", () => {
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
        "dismiss-tip",
        "asg-trap",
        "redeploy",
        "delete-role",
        "deny-press",
        "keep-quiet",
        "publish-now",
        "plain-email",
        "publish-draft",
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

describe("Fetch the Keys: what the seed leaves to chance", () => {
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

  it("moves fk-retest within its jitter, differently across seeds", () => {
    const step = scenario.attacker.find((candidate) => candidate.id === "fk-retest");
    const times = new Set<number>();
    for (let seed = 1; seed <= 10; seed += 1) {
      const ran = entries(play("reckless", String(seed)), "attacker.step").find(
        (e) => e.step === "fk-retest",
      );
      expect(ran, `seed ${seed}`).toBeDefined();
      expect(Math.abs((ran?.at ?? 0) - (step?.at ?? 0))).toBeLessThanOrEqual(step?.jitter ?? 0);
      times.add(ran?.at ?? 0);
    }
    expect(times.size).toBeGreaterThan(1);
  });
});

describe("Fetch the Keys: the autoscaling trap", () => {
  it("the expert suspends health replacement first, so imgproxy-1 is shut down and imaged, never terminated", () => {
    const log = play("expert");
    expect(destroyed(log)).toEqual([]);
    const states = entries(log, "state.changed").filter(
      (e) => e.subject === "imgproxy-1" && e.kind === "instance",
    );
    expect(states.map((e) => e.to)).toEqual(["isolated", "shut-down"]);
    expect(stepsSkipped(log)).toEqual(expect.arrayContaining(["fk-retest", "fk-old-session"]));
    expect(lostFacts(log)).toEqual([]);
  });

  it("stopping imgproxy-1 without suspending the group makes the group terminate it with the nginx logs", () => {
    const log = play("asg-trap");
    const terminated = entries(log, "evidence.destroyed").find((e) => e.subject === "imgproxy-1");
    expect(terminated?.reason).toMatch(/autoscaling group imgproxy-asg/);
    expect(destroyed(log)).toContain("imgproxy-nginx");
    expect(lostFacts(log)).toEqual(expect.arrayContaining(["f-ssrf", "f-kyc-bounded", "f-fresh-session"]));
  });

  it("cycling the group for the patch does the same", () => {
    expect(lostFacts(play("redeploy"))).toEqual(expect.arrayContaining(["f-ssrf", "f-kyc-bounded"]));
  });

  it("deleting the role deletes its policy history and the proof of how wide the grant was", () => {
    const log = play("delete-role");
    expect(destroyed(log)).toContain("role-policy-history");
    expect(lostFacts(log)).toContain("f-role-scope");
  });

  it("with the flag left on, the attacker re-tests the SSRF at T+3h and the team hears about it", () => {
    const log = play("reckless");
    expect(stepsDone(log)).toContain("fk-retest");
    expect(delivered(log)).toContain("d12-retest-alert");
  });
});

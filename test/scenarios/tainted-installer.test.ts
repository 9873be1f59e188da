import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import {
  delivered,
  destroyed,
  entries,
  flagsSet,
  lostFacts,
  SCENARIOS,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "tainted-installer";
const { scenario, loadPlay, play, card, outcome, playNames, temptationPlays } = scenarioHarness(ID);

describe("Tainted Installer: the scenario and its plays", () => {
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
        "docs-bug",
        "support-channel",
        "delete-versions",
        "blog-now",
        "public-comment",
        "blame-provider",
        "silent",
        "lumen-never-told",
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

describe("Tainted Installer: what the seed leaves to chance", () => {
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

  it("moves et-retamper within its jitter, differently across seeds", () => {
    const step = scenario.attacker.find((candidate) => candidate.id === "et-retamper");
    const times = new Set<number>();
    for (let seed = 1; seed <= 10; seed += 1) {
      const ran = entries(play("reckless", String(seed)), "attacker.step").find(
        (e) => e.step === "et-retamper",
      );
      expect(ran, `seed ${seed}`).toBeDefined();
      expect(Math.abs((ran?.at ?? 0) - (step?.at ?? 0))).toBeLessThanOrEqual(step?.jitter ?? 0);
      times.add(ran?.at ?? 0);
    }
    expect(times.size).toBeGreaterThan(1);
  });
});

describe("Tainted Installer: the object versions are the evidence", () => {
  it("the expert preserves the versions before the engineer's offer to delete them, and loses nothing", () => {
    const log = play("expert");
    expect(destroyed(log)).toEqual([]);
    expect(lostFacts(log)).toEqual([]);
    expect(stepsSkipped(log)).toEqual(expect.arrayContaining(["et-retamper", "et-lumen-blog"]));
  });

  it("deleting the tampered versions destroys the first upload, the payload and the window", () => {
    const log = play("delete-versions");
    expect(destroyed(log)).toContain("installer-versions");
    expect(lostFacts(log)).toEqual(
      expect.arrayContaining(["f-first-tamper", "f-tamper-window", "f-exfil-payload"]),
    );
  });
});

describe("Tainted Installer: customers first", () => {
  it("a customer warned within two days calls privately instead of blogging", () => {
    const log = play("expert");
    expect(flagsSet(log)).toContain("lumen-warned");
    expect(delivered(log)).toContain("e9b-lumen-call");
    expect(delivered(log)).not.toContain("e9-lumen-blog");
  });

  it("a customer never told finds the misuse itself and blogs, naming Elimu", () => {
    const log = play("lumen-never-told");
    expect(stepsDone(log)).toContain("et-lumen-blog");
    expect(delivered(log)).toContain("e9-lumen-blog");
  });

  it("the customer's blog post is a consequence, not re-entry: mitigation.monitor-reentry stays met", () => {
    expect(stepsDone(play("lumen-never-told"))).toContain("et-lumen-blog");
    expect(outcome("lumen-never-told", "mitigation.monitor-reentry")).toBe("met");
    expect(outcome("reckless", "mitigation.monitor-reentry")).toBe("violated");
  });

  it("staying silent brings the journalist's two-week question", () => {
    expect(delivered(play("silent"))).toContain("e10-journalist");
    expect(delivered(play("expert"))).not.toContain("e10-journalist");
  });

  it("leaving the write key live lets the attacker put the curl line back after the fix", () => {
    const log = play("reckless");
    expect(stepsDone(log)).toContain("et-retamper");
    expect(delivered(log)).toContain("e5b-retamper-alert");
  });
});

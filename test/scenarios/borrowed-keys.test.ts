import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { replay } from "../../src/engine/headless/replay";
import { runPlay } from "../../src/engine/headless/runPlay";
import {
  delivered,
  entries,
  lostFacts,
  SCENARIOS,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
  unmetExpectations,
} from "./support/scenarioHarness";

const SCENARIO_FILE = "scenarios/borrowed-keys.yaml";
const ID = "borrowed-keys";
const { scenario, loadPlay, play, playNames, card: score } = scenarioHarness(ID);
const VENDOR_DISCLOSES = 32 * 60;
const BUILD_CACHE_FACTS = ["reverse-shell-unit", "keys-staged-on-host", "internal-scan"];
const NAMED_DIMENSIONS = ["containment", "evidence", "codename", "privacy", "disclosure"] as const;

describe("Borrowed Keys: the scenario file", () => {
  it("compiles without a single diagnostic", () => {
    const result = compileScenario(
      readFileSync(join(SCENARIOS, "borrowed-keys.yaml"), "utf8"),
      SCENARIO_FILE,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("ships an expert, a reckless and one play per temptation, each compiling cleanly", () => {
    expect(playNames).toEqual(
      expect.arrayContaining([
        "expert",
        "reckless",
        "a2-reply-all",
        "a3-eng-ops",
        "a4-terminate",
        "a5-sms",
        "a6-a7-naming",
        "a12-forgotten-key",
        "a4-isolate",
      ]),
    );
    for (const name of playNames) expect(loadPlay(name).inputs.length).toBeGreaterThan(0);
  });

  it("names, in every temptation play, the rule it exists to fire and the outcome expected of it", () => {
    for (const name of playNames.filter((n) => n !== "expert" && n !== "reckless")) {
      const compiled = loadPlay(name);
      const rules = compiled.expect.rules;
      const expected = [...(rules?.violated ?? []), ...(rules?.met ?? []), ...(rules?.partial ?? [])];
      expect(compiled.tests, name).toBeDefined();
      expect(expected, name).toContain(compiled.tests);
    }
  });
});

describe("Borrowed Keys: the expert play", () => {
  const log = play("expert");

  it("revokes the stolen keys before the attacker's next moves, so every later attacker step is skipped", () => {
    expect(stepsDone(log)).toEqual(["breach-buildbarn", "recon-aws", "clone-repos", "exfil-exports"]);
    expect(stepsSkipped(log).sort()).toEqual([
      "persist-build-cache",
      "return-analytics-etl",
      "use-payments-key",
    ]);
  });

  it("closes every foothold the attacker held at T0 within the two-hour par", () => {
    const closed = entries(log, "foothold.closed");
    const openAtStart = scenario.world.footholds.filter((f) => f.openAtStart).map((f) => f.id);
    expect(closed.map((entry) => entry.foothold).sort()).toEqual([...openAtStart].sort());
    expect(Math.max(...closed.map((entry) => entry.at))).toBeLessThanOrEqual(scenario.par.stopAttack);
  });

  it("finds the recon, the access, the exfiltration, the customer data and the hard-coded key", () => {
    const found = entries(log, "fact.discovered").map((entry) => entry.fact);
    expect(found).toEqual(
      expect.arrayContaining([
        "secrets-exported",
        "rogue-buildbarn-member",
        "dwell-nine-days",
        "recon-caller-identity",
        "account-mapped",
        "exports-copied",
        "exports-contents",
        "repos-cloned",
        "payments-key-in-repo",
      ]),
    );
    expect(lostFacts(log)).toEqual([]);
  });

  it("keeps the incident inside the team until the vendor has disclosed", () => {
    const early = entries(log, "leak").filter((entry) => entry.at < VENDOR_DISCLOSES);
    expect(early).toEqual([]);
    expect(delivered(log).filter((id) => id.startsWith("r"))).toEqual([]);
  });

  it("publishes one dated statement, after the vendor's disclosure and before the 72-hour window closes", () => {
    const statements = entries(log, "statement.published");
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement?.at).toBeGreaterThan(VENDOR_DISCLOSES);
    expect(statement?.at).toBeLessThanOrEqual(scenario.organisation.disclosure.fullCreditWithin);
    expect(statement?.title).toMatch(/19 November 2026/);
    expect(statement?.body.toLowerCase()).not.toContain("we take security very seriously");
  });

  it("replays byte for byte with the same seed", () => {
    const again = runPlay(scenario, loadPlay("expert"));
    expect(again.hash).toBe(runPlay(scenario, loadPlay("expert")).hash);
  });
});

describe("Borrowed Keys: the reckless play", () => {
  const log = play("reckless");

  it("lets the attacker persist, then terminates build-cache-7 and loses the evidence that lived on it", () => {
    expect(stepsDone(log)).toContain("persist-build-cache");
    expect(entries(log, "evidence.destroyed").map((entry) => entry.subject)).toEqual(
      expect.arrayContaining(["build-cache-7", "build-cache-7-local"]),
    );
    expect(lostFacts(log).sort()).toEqual([...BUILD_CACHE_FACTS].sort());
  });

  it("leaks on #eng-ops and the vendor's list, and the scenario reacts: a panicked thread and an early press call", () => {
    const leakChannels = new Set(entries(log, "leak").map((entry) => entry.channel));
    expect([...leakChannels]).toEqual(expect.arrayContaining(["eng-ops", "eng-leads-list"]));
    expect(delivered(log)).toEqual(expect.arrayContaining(["r1-eng-ops-thread", "r2-journalist-tipped"]));
    const pressCall = entries(log, "inject.delivered").find(
      (entry) => entry.inject === "r2-journalist-tipped",
    );
    expect(pressCall?.at).toBeLessThan(4 * 60);
  });

  it("texts the CFO the details, and she forwards them", () => {
    expect(delivered(log)).toContain("r3-cfo-forwarded");
  });

  it("names the vendor before its disclosure with the banned phrase, and the vendor objects", () => {
    const [statement] = entries(log, "statement.published");
    expect(statement?.at).toBeLessThan(VENDOR_DISCLOSES);
    expect(statement?.body).toMatch(/BuildBarn/);
    expect(statement?.body.toLowerCase()).toContain("we take security very seriously");
    expect(delivered(log)).toContain("r4-vendor-objects");
  });

  it("leaves the payments key live, so the attacker uses it and the provider calls", () => {
    expect(stepsDone(log)).toContain("use-payments-key");
    expect(delivered(log)).toContain("r5-payments-fraud");
  });

  it("never rotates analytics-etl: the attacker returns at T+3d, snapshots db-replica and the A12 alert fires", () => {
    expect(stepsDone(log)).toContain("return-analytics-etl");
    expect(entries(log, "exfiltration").map((entry) => entry.dataStore)).toContain("db-replica");
    expect(delivered(log)).toContain("a12-analytics-etl-alert");
  });
});

describe("Borrowed Keys: the back-door key the attacker creates", () => {
  const revokeBackdoor = { type: "revoke-credential", credential: "svc-backup2-key" } as const;

  it("is not in the players' inventory, and cannot be revoked, before the attacker creates it", () => {
    const early = replay(scenario, "1", [{ at: 60, intent: revokeBackdoor }]);
    expect(early.view.credentials.map((credential) => credential.id)).not.toContain("svc-backup2-key");
    expect(entries(early.log, "action.rejected")[0]?.reason).toBe("unknown credential svc-backup2-key");
  });

  it("exists once persist-build-cache ran and can then be revoked, but players see it only once CloudTrail shows it", () => {
    const late = replay(scenario, "1", [{ at: 5 * 60, intent: revokeBackdoor }]);
    expect(stepsDone(late.log)).toContain("persist-build-cache");
    expect(late.view.credentials.map((credential) => credential.id)).not.toContain("svc-backup2-key");
    expect(entries(late.log, "action.accepted").map((entry) => entry.action)).toContainEqual(revokeBackdoor);
    const found = replay(scenario, "1", [
      { at: 5 * 60, intent: { type: "investigate", logSource: "cloudtrail" } },
      { at: 6 * 60, intent: { type: "clock.advance" } },
    ]);
    expect(found.view.caseFile.map((fact) => fact.fact)).toContain("iam-user-created");
    expect(found.view.credentials.map((credential) => credential.id)).toContain("svc-backup2-key");
  });
});

describe("Borrowed Keys: the temptation plays", () => {
  it("A2: reply-all on eng-leads@ leaks to the contractors and tips off the press", () => {
    const log = play("a2-reply-all");
    const leak = entries(log, "leak").find((entry) => entry.channel === "eng-leads-list");
    expect(leak?.to).toContain("eng-contractors");
    expect(delivered(log)).toContain("r2-journalist-tipped");
  });

  it("A3: answering in #eng-ops starts the 300-person thread", () => {
    expect(delivered(play("a3-eng-ops"))).toContain("r1-eng-ops-thread");
  });

  it("A4: leaving ci-aws-deploy live lets build-cache-7 appear; terminating it loses its facts", () => {
    const log = play("a4-terminate");
    expect(delivered(log)).toContain("a4-cost-alert");
    expect(lostFacts(log).sort()).toEqual([...BUILD_CACHE_FACTS].sort());
  });

  it("A4 done right: isolate, shut down, image both disks off-site, then analyse: the evidence is found, not lost", () => {
    const log = play("a4-isolate");
    expect(lostFacts(log)).toEqual([]);
    const viaImage = entries(log, "fact.discovered").filter(
      (entry) => entry.via === "forensic-analysis:build-cache-7",
    );
    expect(viaImage.map((entry) => entry.fact).sort()).toEqual([...BUILD_CACHE_FACTS].sort());
    expect(
      entries(log, "state.changed").some((e) => e.subject === "build-cache-7" && e.to === "terminated"),
    ).toBe(false);
  });

  it("A5: details by SMS reach the CFO before she is on the team, and she forwards them", () => {
    const log = play("a5-sms");
    expect(entries(log, "leak").some((entry) => entry.channel === "sms")).toBe(true);
    expect(delivered(log)).toContain("r3-cfo-forwarded");
  });

  it("A6/A7: confirming to the press and posting early names the vendor a day before it discloses", () => {
    const log = play("a6-a7-naming");
    const early = entries(log, "statement.published").filter((entry) => entry.at < VENDOR_DISCLOSES);
    expect(early).toHaveLength(1);
    expect(delivered(log)).toContain("r4-vendor-objects");
  });

  it("A12: skipping the key marked unused is the one thing the expert did not do, and the attacker comes back", () => {
    const log = play("a12-forgotten-key");
    expect(stepsDone(log)).toContain("return-analytics-etl");
    expect(delivered(log)).toEqual(
      expect.arrayContaining(["c4-rotation-tracker", "a12-analytics-etl-alert"]),
    );
    expect(stepsSkipped(log)).toEqual(expect.arrayContaining(["persist-build-cache", "use-payments-key"]));
  });
});

describe("Borrowed Keys: scores", () => {
  it("scores the expert play at least 90, performed without challenges on the five named dimensions", () => {
    const card = score("expert");
    expect(card.total).toBeGreaterThanOrEqual(90);
    for (const id of NAMED_DIMENSIONS) expect(card.dimensions[id].rating, id).toBe("P");
  });

  it("scores the reckless play below 40, with M or U on every named dimension it breaks", () => {
    const card = score("reckless");
    expect(card.total).toBeLessThan(40);
    for (const id of NAMED_DIMENSIONS) expect(["M", "U"], id).toContain(card.dimensions[id].rating);
  });

  it("holds every play's own expect block", () => {
    for (const name of playNames) expect(unmetExpectations(loadPlay(name), score(name)), name).toEqual([]);
  });

  it("keeps the expert above 90 and the reckless below 40 whatever the seed", () => {
    for (const seed of ["2", "7", "42"]) {
      expect(score("expert", seed).total, seed).toBeGreaterThanOrEqual(90);
      expect(score("reckless", seed).total, seed).toBeLessThan(40);
    }
  });
});

describe("Borrowed Keys: what the seed leaves to chance", () => {
  it("moves the attacker's persistence within its ±30 minute jitter, differently across seeds", () => {
    const times = new Set<number>();
    for (let seed = 1; seed <= 12; seed += 1) {
      const step = entries(play("reckless", String(seed)), "attacker.step").find(
        (e) => e.step === "persist-build-cache",
      );
      expect(step?.at).toBeGreaterThanOrEqual(150);
      expect(step?.at).toBeLessThanOrEqual(210);
      if (step) times.add(step.at);
    }
    expect(times.size).toBeGreaterThan(1);
  });

  it("shows two of the four red herrings to a team that reads every log, not always the same two", () => {
    const herrings = new Set(scenario.variation.redHerrings);
    const picks = new Set<string>();
    for (let seed = 1; seed <= 12; seed += 1) {
      const found = entries(play("expert", String(seed)), "fact.discovered")
        .map((entry) => entry.fact)
        .filter((fact) => herrings.has(fact));
      expect(found, `seed ${seed}`).toHaveLength(scenario.variation.redHerringCount);
      picks.add(found.sort().join(","));
    }
    expect(picks.size).toBeGreaterThan(1);
  });
});

describe("Borrowed Keys: the business pays for the response's moves", () => {
  it("the expert freezes deploys before revoking the deploy key and rotates the payments key with an overlap", () => {
    const impacts = entries(play("expert"), "business.impacted");
    expect(impacts.map((entry) => entry.impact)).toContain("deploys-stop");
    expect(impacts.every((entry) => entry.softened)).toBe(true);
    expect(impacts.map((entry) => entry.impact)).not.toContain("billing-down");
  });

  it("containing everything at minute 2 breaks deploys, builds, billing and the Insights API, and the business reacts", () => {
    const log = play("contain-everything");
    expect(entries(log, "business.impacted").map((entry) => entry.impact)).toEqual(
      expect.arrayContaining(["deploys-stop", "builds-red", "billing-down", "insights-down"]),
    );
    expect(delivered(log)).toEqual(
      expect.arrayContaining(["i1-deploys-blocked", "i2-billing-failing", "i3-exports-down"]),
    );
  });

  it("scores the contain-everything play below the expert, while it still stops the attack first", () => {
    const card = score("contain-everything");
    expect(card.total).toBeLessThan(score("expert").total);
    expect(card.findings.find((f) => f.rule === "containment.stop-first")?.outcome).toBe("met");
  });
});

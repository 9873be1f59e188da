import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CompiledPlay } from "../../src/content/compiledPlay";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { LogEntry, LogEntryOf, LogEntryType } from "../../src/engine/log";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import type { ScoreCard } from "../../src/scoring/scoreCard";
import { scoreDrill } from "../../src/scoring/scoreDrill";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");
const ID = "borrowed-keys";

function loadScenario(): ScenarioDefinition {
  const result = compileScenario(readFileSync(join(SCENARIOS, `${ID}.yaml`), "utf8"), `scenarios/${ID}.yaml`);
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`).join("\n"));
  return result.value;
}

const scenario = loadScenario();

function loadPlay(name: string): CompiledPlay {
  const file = `${ID}.${name}.play.yaml`;
  const result = compilePlay(readFileSync(join(SCENARIOS, file), "utf8"), `scenarios/${file}`, (id) =>
    id === scenario.id ? { status: "found", scenario } : { status: "missing" },
  );
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`).join("\n"));
  return result.value;
}

const logs = new Map<string, readonly LogEntry[]>();
function play(name: string): readonly LogEntry[] {
  const cached = logs.get(name);
  if (cached) return cached;
  const log = runPlay(scenario, loadPlay(name)).log;
  logs.set(name, log);
  return log;
}

function card(name: string): ScoreCard {
  return scoreDrill(scenario, play(name));
}

function finding(name: string, rule: string) {
  return card(name).findings.find((candidate) => candidate.rule === rule);
}

function entries<T extends LogEntryType>(log: readonly LogEntry[], type: T): LogEntryOf<T>[] {
  return log.filter((entry): entry is LogEntryOf<T> => entry.type === type);
}

/** Every way the play's `expect:` block does not hold for its score card (empty when it holds). */
function unmetExpectations(name: string): string[] {
  const { expect: wanted } = loadPlay(name);
  const scored = card(name);
  const problems: string[] = [];
  if (wanted.score?.min !== undefined && scored.total < wanted.score.min)
    problems.push(`total ${scored.total} < ${wanted.score.min}`);
  if (wanted.score?.max !== undefined && scored.total > wanted.score.max)
    problems.push(`total ${scored.total} > ${wanted.score.max}`);
  for (const [id, want] of Object.entries(wanted.dimensions ?? {})) {
    const got = scored.dimensions[id as keyof ScoreCard["dimensions"]];
    if (want?.rating && got?.rating !== want.rating)
      problems.push(`${id} rated ${got?.rating}, expected ${want.rating}`);
    if (want?.min !== undefined && (got?.score ?? 0) < want.min)
      problems.push(`${id} ${got?.score} < ${want.min}`);
    if (want?.max !== undefined && (got?.score ?? 0) > want.max)
      problems.push(`${id} ${got?.score} > ${want.max}`);
  }
  for (const outcome of ["met", "partial", "violated", "n/a"] as const)
    for (const rule of wanted.rules?.[outcome] ?? []) {
      const got = finding(name, rule)?.outcome;
      if (got !== outcome) problems.push(`${rule} ${got}, expected ${outcome}`);
    }
  return problems;
}

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["revealing-names"] as const;

describe("Borrowed Keys: temptation plays that leave a rule violated", () => {
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

describe("Borrowed Keys: a codename picked, then ignored wherever a name shows", () => {
  const log = play("revealing-names");

  it("titles the bridge after the vendor and names the room and its topic after the hack: three revealing names in two places", () => {
    const call = entries(log, "action.completed").find((entry) => entry.action.type === "start-voice-call");
    const room = entries(log, "action.completed").find((entry) => entry.action.type === "create-room");
    expect(call?.action).toMatchObject({ title: "BuildBarn breach bridge" });
    expect(room?.action).toMatchObject({ name: "quiet-heron hack response" });
    expect(room?.action).toMatchObject({ topic: "Attorney Work Project: CI key leak incident" });
    expect(finding("revealing-names", "codename.no-revealing-names")?.evidence).toHaveLength(2);
  });

  it("costs only the naming lesson: the codename itself is innocuous and the room still carries it", () => {
    expect(finding("revealing-names", "codename.innocuous")?.outcome).toBe("met");
    expect(finding("revealing-names", "codename.room-named")?.outcome).toBe("met");
    expect(finding("revealing-names", "privacy.topic-prefix")?.outcome).toBe("met");
  });
});

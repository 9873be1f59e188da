import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { randomPlaythrough } from "../../src/engine/headless/simulate";
import type { LogEntry } from "../../src/engine/log";
import { evolve } from "../../src/engine/world/evolve";
import { initialWorldOf } from "../../src/engine/world/foldLog";
import type { WorldModel, WorldState } from "../../src/engine/world/worldState";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");
const RUNS = Number(process.env.HOTWASH_ONE_WORLD_RUNS ?? 1000);
const ENGINE_MACHINERY: ReadonlySet<string> = new Set([
  "scenario",
  "queue",
  "queueSeq",
  "checkpoints",
  "settled",
  "rng",
  "log",
  "inputs",
  "observer",
]);

/** Whether two worlds are the same (the fast check run after every entry; `difference` then says where not). */
function same(a: unknown, b: unknown, top: boolean): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!same(a[index], b[index], false)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (top && ENGINE_MACHINERY.has(key)) continue;
    count++;
    if (!(key in right) || !same(left[key], right[key], false)) return false;
  }
  for (const key in right) if (!(top && ENGINE_MACHINERY.has(key))) count--;
  return count === 0;
}

/** The first path at which two worlds differ, or undefined when they are the same world. */
function difference(a: unknown, b: unknown, path: string): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (path === "" && ENGINE_MACHINERY.has(key)) continue;
    count++;
    if (!(key in right)) return `${path}.${key}`;
    const found = difference(left[key], right[key], path === "" ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  for (const key in right) if (!(path === "" && ENGINE_MACHINERY.has(key))) count--;
  return count === 0 ? undefined : `${path} (keys)`;
}

// why: every shipped scenario, found by file name; one that does not compile fails here instead of going unaudited.
const scenarios = readdirSync(SCENARIOS)
  .filter((name) => /^[a-z0-9-]+\.yaml$/.test(name))
  .sort()
  .map((name) => {
    const compiled = compileScenario(readFileSync(join(SCENARIOS, name), "utf8"), name);
    if (!compiled.ok) throw new Error(`${name} does not compile: ${compiled.diagnostics[0]?.message}`);
    return compiled.value;
  });

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
  "one world in %s",
  (_id, scenario) => {
    it(`the world scoring folds from the log is the engine's own world after every entry (${RUNS} random drills)`, () => {
      for (let run = 0; run < RUNS; run++) {
        let shadow: WorldModel | undefined;
        let mismatch: string | undefined;
        const observe = (world: WorldState, entry: LogEntry) => {
          shadow ??= initialWorldOf(scenario, [entry]);
          evolve(shadow, entry);
          if (mismatch === undefined && !same(world, shadow, true)) {
            const path = difference(world, shadow, "") ?? "(unnamed)";
            mismatch = `seed one-world-${run}, after ${entry.seq} ${entry.type}: ${path}`;
          }
        };
        randomPlaythrough(scenario, `one-world-${run}`, { observer: observe });
        expect(mismatch).toBeUndefined();
      }
    }, 600_000);
  },
);

describe("the audit itself", () => {
  it("catches a world changed outside evolve", () => {
    const [scenario] = scenarios;
    if (!scenario) throw new Error("no shipped scenario");
    let shadow: WorldModel | undefined;
    const found: string[] = [];
    randomPlaythrough(scenario, "tamper", {
      observer: (world, entry) => {
        shadow ??= initialWorldOf(scenario, [entry]);
        evolve(shadow, entry);
        const path = same(world, shadow, true) ? undefined : difference(world, shadow, "");
        if (path !== undefined) found.push(path);
        // a defect the audit must see: the engine changing its world without a log entry
        if (entry.seq === 3) world.blockedIps.push("192.0.2.1");
      },
    });
    expect(found[0]).toBe("blockedIps.0");
  });
});

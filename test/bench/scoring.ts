import { readFileSync } from "node:fs";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { compileScenario } from "../../src/content/compileScenario";
import { createDrill } from "../../src/engine/createDrill";
import { startDrillActor } from "../../src/engine/drill/drillActor";
import { plausibleActions } from "../../src/engine/headless/plausibleActions";
import type { DrillInput, LogEntry } from "../../src/engine/log";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { createConsoleFrame } from "../../src/facilitator/console/consoleFrame";
import { restoreSessionRunner } from "../../src/facilitator/session/sessionRunner";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import type { BenchResult } from "./engine";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Process CPU milliseconds a function takes. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Borrowed Keys with the horizon pushed out, so a drill can run long enough to write `entries` log entries. */
function longScenario(): ScenarioDefinition {
  const compiled = compileScenario(
    readFileSync(join(SCENARIOS, "borrowed-keys.yaml"), "utf8"),
    "borrowed-keys.yaml",
  );
  if (!compiled.ok) throw new Error("borrowed-keys does not compile");
  return { ...compiled.value, horizon: 50_000_000 };
}

/** A random but plausible drill (actions between short clock advances) until its log holds `entries` entries. */
function longDrill(scenario: ScenarioDefinition, entries: number): { log: LogEntry[]; inputs: DrillInput[] } {
  const drill = startDrillActor(scenario, "long");
  drill.start();
  const policy = seedrandom(`long:${entries}`);
  while (drill.world().log.length < entries) {
    const world = drill.world();
    const options = plausibleActions(world).filter((action) => action.type !== "close-incident");
    const action = options[Math.floor(policy() * options.length)];
    if (action) drill.input({ at: world.now, intent: action });
    drill.input({ at: world.now + 1 + Math.floor(policy() * 30), intent: { type: "clock.advance" } });
  }
  const world = drill.world();
  return { log: world.log.slice(), inputs: world.inputs.slice() };
}

/**
 * Scoring and console costs against log length: scoring time per log entry, and the facilitator console's cost
 * per clock tick (advance a minute, rebuild the snapshot and the team display), at 1,000 and 20,000 entries.
 */
export async function runScoringBench(): Promise<BenchResult[]> {
  const scenario = longScenario();
  const sizes = [1_000, 20_000] as const;
  const drills = sizes.map((size) => ({ size, ...longDrill(scenario, size) }));

  const perEntry = new Map<number, number>();
  for (const { log } of drills) scoreDrill(scenario, log);
  for (const { size, log } of drills) {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) times.push(cpuMs(() => scoreDrill(scenario, log)));
    perEntry.set(size, (median(times) * 1000) / log.length);
  }

  const perTick = new Map<number, number>();
  for (const { size, inputs } of drills) {
    const runner = restoreSessionRunner({ createDrill }, scenario, {
      id: "bench-session",
      scenario: scenario.id,
      contentHash: scenario.contentHash,
      seed: "long",
      roster: [],
      inputs,
      now: 0,
      started: true,
      speed: 0,
    });
    const frame = createConsoleFrame(runner, scoreDrill);
    frame();
    const tick = () => {
      runner.advance(1);
      frame();
      runner.displayView();
    };
    for (let warm = 0; warm < 20; warm++) tick();
    const times: number[] = [];
    for (let round = 0; round < 200; round++) times.push(cpuMs(tick));
    perTick.set(size, median(times));
  }

  const [small, large] = sizes;
  const scoreRatio = (perEntry.get(large) ?? 0) / (perEntry.get(small) ?? 1);
  const tickRatio = (perTick.get(large) ?? 0) / (perTick.get(small) ?? 1);
  return [
    {
      name: `scoring: CPU time per log entry, ${small} entries (median of 5)`,
      value: Number((perEntry.get(small) ?? 0).toFixed(2)),
      unit: "µs/entry",
    },
    {
      name: `scoring: CPU time per log entry, ${large} entries (median of 5)`,
      value: Number((perEntry.get(large) ?? 0).toFixed(2)),
      unit: "µs/entry",
      baseline: `the ${small}-entry log in the same run (target ratio ≤ 2)`,
      ratio: Number(scoreRatio.toFixed(3)),
    },
    {
      name: `console: CPU time per clock tick with a ${small}-entry log (median of 200)`,
      value: Number((perTick.get(small) ?? 0).toFixed(3)),
      unit: "ms/tick",
    },
    {
      name: `console: CPU time per clock tick with a ${large}-entry log (median of 200)`,
      value: Number((perTick.get(large) ?? 0).toFixed(3)),
      unit: "ms/tick",
      baseline: `the ${small}-entry log in the same run (target ratio ≤ 2: flat with log length)`,
      ratio: Number(tickRatio.toFixed(3)),
    },
  ];
}

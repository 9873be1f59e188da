import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { assign, createActor, setup } from "xstate";
import type { CompiledPlay } from "../../src/content/compiledPlay";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import type { DrillEvent } from "../../src/engine/drill/drillEvent";
import { drillMachine } from "../../src/engine/drill/drillMachine";
import { replay } from "../../src/engine/headless/replay";
import { simulate } from "../../src/engine/headless/simulate";
import type { DrillInput } from "../../src/engine/log";
import type { ScenarioDefinition } from "../../src/engine/scenario";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
}

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The largest scenario (by source size) that has an expert play, compiled, with that play. */
function largestWithExpertPlay(): { scenario: ScenarioDefinition; play: CompiledPlay } {
  const candidates = readdirSync(SCENARIOS)
    .filter((name) => /^[a-z0-9-]+\.yaml$/.test(name))
    .filter((name) =>
      statSync(join(SCENARIOS, name.replace(/\.yaml$/, ".expert.play.yaml")), { throwIfNoEntry: false }),
    )
    .sort((a, b) => statSync(join(SCENARIOS, b)).size - statSync(join(SCENARIOS, a)).size);
  for (const name of candidates) {
    const compiled = compileScenario(readFileSync(join(SCENARIOS, name), "utf8"), name);
    if (!compiled.ok) continue;
    const scenario = compiled.value;
    const playFile = name.replace(/\.yaml$/, ".expert.play.yaml");
    const play = compilePlay(readFileSync(join(SCENARIOS, playFile), "utf8"), playFile, (id) =>
      id === scenario.id ? { status: "found", scenario } : { status: "missing" },
    );
    if (play.ok) return { scenario, play: play.value };
  }
  throw new Error("no scenario with a compiling expert play");
}

const intentIs = (event: DrillEvent, type: string) =>
  event.type === "drill.input" && event.input.intent.type === type;

/** A machine with the drill's states, events and guards whose actions only count (the XState baseline). */
const bareMachine = setup({
  types: { context: {} as { world: { events: number; now: number } }, events: {} as DrillEvent },
  guards: {
    isPause: ({ event }) => intentIs(event, "drill.pause"),
    isResume: ({ event }) => intentIs(event, "drill.resume"),
  },
  actions: {
    count: assign(({ context }) => ({ world: { ...context.world, events: context.world.events + 1 } })),
    tick: assign(({ context, event }) => ({
      world: { ...context.world, now: event.type === "drill.input" ? event.input.at : context.world.now },
    })),
  },
}).createMachine({
  context: { world: { events: 0, now: 0 } },
  initial: "briefing",
  states: {
    briefing: { on: { "drill.start": { target: "running", actions: "count" } } },
    running: {
      initial: "live",
      states: {
        live: {
          on: {
            "drill.input": [
              { guard: "isPause", target: "paused", actions: "count" },
              { guard: "isResume", actions: "count" },
              { actions: ["tick", "count"] },
            ],
            "clock.next": { actions: "count" },
          },
        },
        paused: {
          on: {
            "drill.input": [{ guard: "isResume", target: "live", actions: "count" }, { actions: "count" }],
          },
        },
      },
    },
  },
});

/** A live session's event mix: mostly one-minute ticks, some actions and notes, a pause now and then. */
function eventMix(scenario: ScenarioDefinition, count: number): DrillEvent[] {
  const events: DrillEvent[] = [];
  const logSource = scenario.world.logSources[0]?.id ?? "none";
  let now = 0;
  const input = (intent: DrillInput["intent"]): DrillEvent => ({
    type: "drill.input",
    input: { at: now, intent },
  });
  const tick = (): DrillEvent => {
    now += 1;
    return input({ type: "clock.advance" });
  };
  for (let index = 0; events.length < count; index++) {
    events.push(tick());
    events.push(tick());
    events.push(input({ type: "note", text: `note ${index}` }));
    events.push(tick());
    events.push(input({ type: "investigate", logSource }));
    events.push(input({ type: "drill.pause" }));
    events.push(input({ type: "observation", text: "watching" }));
    events.push(input({ type: "drill.resume" }));
  }
  return events.slice(0, count);
}

/** Process CPU milliseconds a function takes (wall time on a shared, loaded machine measures the neighbours). */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Engine benchmarks: expert replay time, drill events/s against bare XState, simulate playthroughs/s. */
export async function runEngineBench(): Promise<BenchResult[]> {
  const { scenario, play } = largestWithExpertPlay();
  for (let warm = 0; warm < 5; warm++) replay(scenario, play.seed, play.inputs, { toHorizon: true });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let round = 0; round < 31; round++) {
    const started = performance.now();
    cpuTimes.push(cpuMs(() => replay(scenario, play.seed, play.inputs, { toHorizon: true })));
    times.push(performance.now() - started);
  }

  const events = eventMix(scenario, 2000);
  const drill = () => {
    const actor = createActor(drillMachine, { input: { scenario, seed: "bench" } });
    actor.start();
    actor.send({ type: "drill.start" });
    for (const event of events) actor.send(event);
    actor.stop();
  };
  const bare = () => {
    const actor = createActor(bareMachine);
    actor.start();
    actor.send({ type: "drill.start" });
    for (const event of events) actor.send(event);
    actor.stop();
  };
  for (let warm = 0; warm < 3; warm++) {
    drill();
    bare();
  }
  const drillTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let round = 0; round < 15; round++) {
    drillTimes.push(cpuMs(drill));
    bareTimes.push(cpuMs(bare));
  }
  const drillRate = (events.length + 1) / (median(drillTimes) / 1000);
  const bareRate = (events.length + 1) / (median(bareTimes) / 1000);

  const runs = 40;
  simulate(scenario, { runs: 5, seed: "warm", policy: "random" });
  const simulateMs = median(
    Array.from({ length: 5 }, (_, round) =>
      cpuMs(() => simulate(scenario, { runs, seed: `bench-${round}`, policy: "random" })),
    ),
  );
  const simulateRate = runs / (simulateMs / 1000);

  return [
    {
      name: `engine: replay ${scenario.id} expert play to the end (median of 31)`,
      value: Number(median(times).toFixed(2)),
      unit: "ms",
      baseline: "target < 5 ms",
      ratio: Number((median(times) / 5).toFixed(3)),
    },
    {
      name: `engine: the same replay, process CPU time (median of 31)`,
      value: Number(median(cpuTimes).toFixed(2)),
      unit: "ms",
      baseline: "target < 5 ms; CPU time is what load on a shared machine does not inflate",
      ratio: Number((median(cpuTimes) / 5).toFixed(3)),
    },
    {
      name: `engine: drill machine events per CPU second (${scenario.id}, ${events.length} mixed events, median of 15)`,
      value: Math.round(drillRate),
      unit: "events/s",
      baseline: `bare XState machine, same states and events, interleaved: ${Math.round(bareRate)} events/s (target ratio ≥ 0.5)`,
      ratio: Number((drillRate / bareRate).toFixed(3)),
    },
    {
      name: `engine: simulate --policy random (${scenario.id}, ${runs} runs, process CPU time, median of 5)`,
      value: Number(simulateRate.toFixed(1)),
      unit: "playthroughs/s",
      baseline: "target ≥ 250 playthroughs/s",
      ratio: Number((simulateRate / 250).toFixed(3)),
    },
  ];
}

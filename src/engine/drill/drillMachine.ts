import { assign, setup } from "xstate";
import type { DrillInput } from "../log";
import type { ScenarioDefinition } from "../scenario";
import { createWorld } from "../world/createWorld";
import type { EntryObserver, WorldState } from "../world/worldState";
import { advanceClock, nextVisibleAt } from "./advanceClock";
import type { DrillEvent } from "./drillEvent";
import { isControlIntent } from "./isControlIntent";
import { applyIntent, catchUpClock, pauseClock, recordInput, refuseInput, resumeClock } from "./receiveInput";
import { startDrill } from "./startDrill";

type Context = { world: WorldState };

function inputOf(event: DrillEvent): DrillInput | undefined {
  return event.type === "drill.input" ? event.input : undefined;
}

function intentIs(event: DrillEvent, type: string): boolean {
  return inputOf(event)?.intent?.type === type;
}

/** Records an input and refuses it with the reason. */
function refuse(world: WorldState, input: DrillInput, reason: string): void {
  recordInput(world, input);
  refuseInput(world, input, reason);
}

/** Runs a step of the chart: a pure function over the world (updated in place, see WorldState) and the input. */
function run(
  context: Context,
  event: DrillEvent,
  step: (world: WorldState, input: DrillInput) => void,
): Context {
  const input = inputOf(event);
  if (input) step(context.world, input);
  return { world: context.world };
}

/**
 * The drill statechart: briefing → running (live ⇄ paused) → debrief. The chart owns the phases: which inputs a
 * phase accepts, refuses or ignores is decided here, by named guards; every action is a pure step over the one
 * `world` context key. Every input is recorded, whatever its fate, so a replay of the inputs rebuilds the drill.
 */
export const drillMachine = setup({
  types: {
    context: {} as Context,
    events: {} as DrillEvent,
    input: {} as { scenario: ScenarioDefinition; seed: string; observer?: EntryObserver },
  },
  guards: {
    drillOver: ({ context }) => context.world.endReason !== undefined,
    isPause: ({ event }) => intentIs(event, "drill.pause"),
    isResume: ({ event }) => intentIs(event, "drill.resume"),
    isEnd: ({ event }) => intentIs(event, "drill.end"),
    isClockIntent: ({ event }) =>
      /^(clock\.advance|drill\.(pause|resume|end))$/.test(inputOf(event)?.intent?.type ?? ""),
    isControl: ({ event }) => {
      const intent = inputOf(event)?.intent;
      return intent !== undefined && isControlIntent(intent);
    },
  },
  actions: {
    startDrill: assign(({ context }) => {
      startDrill(context.world);
      return { world: context.world };
    }),
    record: assign(({ context, event }) => run(context, event, recordInput)),
    applyLive: assign(({ context, event }) =>
      run(context, event, (world, input) => {
        recordInput(world, input);
        catchUpClock(world, input);
        applyIntent(world, input);
      }),
    ),
    pauseLive: assign(({ context, event }) =>
      run(context, event, (world, input) => {
        recordInput(world, input);
        catchUpClock(world, input);
        pauseClock(world);
      }),
    ),
    resumePaused: assign(({ context, event }) =>
      run(context, event, (world, input) => {
        recordInput(world, input);
        resumeClock(world);
      }),
    ),
    applyStill: assign(({ context, event }) =>
      run(context, event, (world, input) => {
        recordInput(world, input);
        applyIntent(world, input);
      }),
    ),
    refuseNotStarted: assign(({ context, event }) =>
      run(context, event, (world, input) => refuse(world, input, "the drill has not started")),
    ),
    refusePaused: assign(({ context, event }) =>
      run(context, event, (world, input) => refuse(world, input, "the drill is paused")),
    ),
    refuseOver: assign(({ context, event }) =>
      run(context, event, (world, input) => refuse(world, input, "the drill is over")),
    ),
    advanceToNextEvent: assign(({ context }) => {
      const world = context.world;
      const before = world.now;
      advanceClock(world, nextVisibleAt(world), true);
      if (world.now > before) recordInput(world, { at: world.now, intent: { type: "clock.advance" } });
      return { world };
    }),
  },
}).createMachine({
  id: "drill",
  context: ({ input }) => {
    const world = createWorld(input.scenario, input.seed);
    if (input.observer) world.observer = input.observer;
    return { world };
  },
  initial: "briefing",
  states: {
    briefing: {
      on: {
        "drill.start": { target: "running", actions: "startDrill" },
        "drill.input": { actions: "refuseNotStarted" },
      },
    },
    running: {
      initial: "live",
      always: { guard: "drillOver", target: "debrief" },
      states: {
        live: {
          on: {
            "drill.input": [
              { guard: "isPause", target: "paused", actions: "pauseLive" },
              { guard: "isResume", actions: "record" },
              { actions: "applyLive" },
            ],
            "clock.next": { actions: "advanceToNextEvent" },
          },
        },
        paused: {
          on: {
            "drill.input": [
              { guard: "isResume", target: "live", actions: "resumePaused" },
              { guard: "isEnd", actions: "applyStill" },
              { guard: "isClockIntent", actions: "record" },
              { guard: "isControl", actions: "applyStill" },
              { actions: "refusePaused" },
            ],
          },
        },
      },
    },
    debrief: {
      on: {
        "drill.input": [
          { guard: "isClockIntent", actions: "record" },
          { guard: "isControl", actions: "applyStill" },
          { actions: "refuseOver" },
        ],
      },
    },
  },
});

import { assign, setup } from "xstate";
import type { DrillInput } from "../log";
import type { ScenarioDefinition } from "../scenario";
import { createWorld } from "../world/createWorld";
import type { WorldState } from "../world/worldState";
import { advanceClock, nextVisibleAt } from "./advanceClock";
import type { DrillEvent } from "./drillEvent";
import { receiveInput } from "./receiveInput";
import { startDrill } from "./startDrill";

function inputOf(world: WorldState, event: DrillEvent): DrillInput | undefined {
  const at = "at" in event && event.at !== undefined ? event.at : world.now;
  const who = {
    ...("by" in event && event.by !== undefined ? { by: event.by } : {}),
    ...("actorName" in event && event.actorName !== undefined ? { actorName: event.actorName } : {}),
  };
  switch (event.type) {
    case "action.submit":
      return { at, ...who, intent: event.action };
    case "control.submit":
      return { at, ...who, intent: event.intent };
    case "drill.pause":
    case "drill.resume":
    case "drill.end":
      return { at, ...who, intent: { type: event.type } };
    default:
      return undefined;
  }
}

/**
 * The drill statechart: briefing → running (live ⇄ paused) → debrief. Every transition delegates to a pure
 * step function over the one `world` context key.
 */
export const drillMachine = setup({
  types: {
    context: {} as { world: WorldState },
    events: {} as DrillEvent,
    input: {} as { scenario: ScenarioDefinition; seed: string },
  },
  guards: {
    drillOver: ({ context }) => context.world.phase === "debrief",
  },
  actions: {
    startDrill: assign(({ context }) => {
      startDrill(context.world);
      return { world: context.world };
    }),
    advanceClock: assign(({ context, event }) => {
      if (event.type !== "clock.advance") return {};
      const world = context.world;
      const wanted = event.to ?? world.now + (event.minutes ?? 0);
      const target = Math.min(wanted, world.scenario.horizon);
      if (Number.isFinite(target) && target > world.now)
        receiveInput(world, { at: target, intent: { type: "clock.advance" } });
      return { world };
    }),
    advanceToNextEvent: assign(({ context }) => {
      const world = context.world;
      const before = world.now;
      advanceClock(world, nextVisibleAt(world), true);
      if (world.now > before) receiveInput(world, { at: world.now, intent: { type: "clock.advance" } });
      return { world };
    }),
    receiveInput: assign(({ context, event }) => {
      const input = inputOf(context.world, event);
      if (input) receiveInput(context.world, input);
      return { world: context.world };
    }),
  },
}).createMachine({
  id: "drill",
  context: ({ input }) => ({ world: createWorld(input.scenario, input.seed) }),
  initial: "briefing",
  states: {
    briefing: {
      on: { "drill.start": { target: "running", actions: "startDrill" } },
    },
    running: {
      initial: "live",
      always: { guard: "drillOver", target: "debrief" },
      on: { "drill.end": { target: "debrief", actions: "receiveInput" } },
      states: {
        live: {
          on: {
            "drill.pause": { target: "paused", actions: "receiveInput" },
            "clock.advance": { actions: "advanceClock" },
            "clock.next": { actions: "advanceToNextEvent" },
            "action.submit": { actions: "receiveInput" },
            "control.submit": { actions: "receiveInput" },
          },
        },
        paused: {
          on: {
            "drill.resume": { target: "live", actions: "receiveInput" },
            "action.submit": { actions: "receiveInput" },
            "control.submit": { actions: "receiveInput" },
          },
        },
      },
    },
    debrief: {
      on: {
        "action.submit": { actions: "receiveInput" },
        "control.submit": { actions: "receiveInput" },
      },
    },
  },
});

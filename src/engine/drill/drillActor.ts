import { type Actor, createActor } from "xstate";
import type { DrillInput } from "../log";
import type { ScenarioDefinition } from "../scenario";
import type { DrillPhaseName, EntryObserver, WorldState } from "../world/worldState";
import type { DrillEvent } from "./drillEvent";
import { drillMachine } from "./drillMachine";
import { phaseOf } from "./phaseOf";

/** A running drill chart behind plain calls; an exception inside the engine is thrown to the caller, never hidden. */
export interface DrillActor {
  world(): WorldState;
  phase(): DrillPhaseName;
  start(): void;
  input(input: DrillInput): void;
  next(): void;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/** Starts the drill chart for a scenario and seed (in the briefing); `observer` sees every entry appended. */
export function startDrillActor(
  scenario: ScenarioDefinition,
  seed: string,
  options: { observer?: EntryObserver } = {},
): DrillActor {
  const input = { scenario, seed, ...(options.observer ? { observer: options.observer } : {}) };
  const actor: Actor<typeof drillMachine> = createActor(drillMachine, { input });
  // why: with an error listener XState keeps a defect in the snapshot instead of rethrowing it on a timer.
  actor.subscribe({ error: () => {} });
  actor.start();
  const send = (event: DrillEvent) => {
    actor.send(event);
    const snapshot = actor.getSnapshot();
    if (snapshot.status === "error") throw snapshot.error;
  };
  return {
    world: () => actor.getSnapshot().context.world,
    phase: () => phaseOf(actor.getSnapshot()),
    start: () => send({ type: "drill.start" }),
    input: (input) => send({ type: "drill.input", input }),
    next: () => send({ type: "clock.next" }),
    subscribe: (listener) => {
      const subscription = actor.subscribe({ next: listener, error: () => {} });
      return () => subscription.unsubscribe();
    },
    stop: () => actor.stop(),
  };
}

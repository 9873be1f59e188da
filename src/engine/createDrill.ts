import { createActor } from "xstate";
import type { PlayerAction } from "./actions";
import { drillMachine } from "./drill/drillMachine";
import { isControlIntent } from "./drill/isControlIntent";
import { eventForInput } from "./headless/eventForInput";
import type { ControlIntent, DrillInput } from "./log";
import type { RoleId } from "./organisation";
import type { DrillPort, PlayerView } from "./playerView";
import { projectPlayerView } from "./projectPlayerView";
import type { ScenarioDefinition } from "./scenario";
import type { SimMinutes } from "./time";

/**
 * A live drill behind the narrow port shells use. Every input is recorded (event-sourced); given saved
 * `inputs`, the drill is started and those inputs are replayed before it is handed over.
 */
export function createDrill(
  scenario: ScenarioDefinition,
  seed: string,
  inputs?: readonly DrillInput[],
): DrillPort {
  const actor = createActor(drillMachine, { input: { scenario, seed } });
  actor.start();
  if (inputs) {
    actor.send({ type: "drill.start" });
    for (const input of inputs) actor.send(eventForInput(input));
  }
  let projected: { snapshot: unknown; view: PlayerView } | undefined;
  const view = (): PlayerView => {
    const snapshot = actor.getSnapshot();
    if (projected?.snapshot !== snapshot)
      projected = { snapshot, view: projectPlayerView(snapshot.context.world) };
    return projected.view;
  };
  return {
    view,
    inputs: () => [...actor.getSnapshot().context.world.inputs],
    start: () => actor.send({ type: "drill.start" }),
    submit: (intent: PlayerAction | ControlIntent, by?: RoleId) => {
      const who = by !== undefined ? { by } : {};
      if (isControlIntent(intent)) actor.send({ type: "control.submit", intent, ...who });
      else actor.send({ type: "action.submit", action: intent as PlayerAction, ...who });
    },
    advance: (minutes: SimMinutes) => actor.send({ type: "clock.advance", minutes }),
    advanceToNextEvent: () => actor.send({ type: "clock.next" }),
    pause: () => actor.send({ type: "drill.pause" }),
    resume: () => actor.send({ type: "drill.resume" }),
    end: () => actor.send({ type: "drill.end" }),
    subscribe: (listener: (view: PlayerView) => void) => {
      const subscription = actor.subscribe(() => listener(view()));
      return () => subscription.unsubscribe();
    },
  };
}

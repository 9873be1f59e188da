import type { PlayerAction } from "./actions";
import { startDrillActor } from "./drill/drillActor";
import type { ControlIntent, DrillInput } from "./log";
import type { DrillPort, PlayerView, SubmitOptions } from "./playerView";
import { projectPlayerView } from "./projectPlayerView";
import type { ScenarioDefinition } from "./scenario";
import type { SimMinutes } from "./time";

/**
 * A live drill behind the narrow port shells use. Every input is recorded (event-sourced); given saved
 * `inputs`, the drill is started and those inputs are replayed before it is handed over. The view is projected
 * once per change, however often it is read.
 */
export function createDrill(
  scenario: ScenarioDefinition,
  seed: string,
  inputs?: readonly DrillInput[],
): DrillPort {
  const drill = startDrillActor(scenario, seed);
  if (inputs) {
    drill.start();
    for (const input of inputs) drill.input(input);
  }
  let version = 0;
  let projected: { version: number; view: PlayerView } | undefined;
  drill.subscribe(() => {
    version++;
  });
  const view = (): PlayerView => {
    if (projected?.version !== version)
      projected = { version, view: projectPlayerView(drill.world(), drill.phase()) };
    return projected.view;
  };
  const now = () => drill.world().now;
  const send = (intent: DrillInput["intent"], options: SubmitOptions = {}, at: SimMinutes = now()) =>
    drill.input({
      at,
      ...(options.by !== undefined ? { by: options.by } : {}),
      ...(options.actorName !== undefined ? { actorName: options.actorName } : {}),
      intent,
    });
  return {
    view,
    log: () => drill.world().log,
    inputs: () => [...drill.world().inputs],
    start: () => drill.start(),
    submit: (intent: PlayerAction | ControlIntent, options?: SubmitOptions) => send(intent, options),
    advance: (minutes: SimMinutes) => {
      const target = Math.min(now() + minutes, scenario.horizon);
      if (Number.isFinite(target) && target > now()) send({ type: "clock.advance" }, {}, target);
    },
    advanceToNextEvent: () => drill.next(),
    pause: (options?: SubmitOptions) => send({ type: "drill.pause" }, options),
    resume: (options?: SubmitOptions) => send({ type: "drill.resume" }, options),
    end: (options?: SubmitOptions) => send({ type: "drill.end" }, options),
    subscribe: (listener: (view: PlayerView) => void) => drill.subscribe(() => listener(view())),
  };
}

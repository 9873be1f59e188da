import type { SessionRunner } from "../session/sessionRunner";
import type { HostedState } from "./hostedState";
import type { SessionOp } from "./sessionOp";

/** A session runner for the facilitator's browser with its listeners; `changed()` is called after ops arrive. */
export interface RemoteRunner extends SessionRunner {
  changed(): void;
}

/**
 * The facilitator console's runner for a session hosted on the server: it reads the browser's mirror of the
 * session (the same ops replayed on the same engine) and turns every change into an op sent to the server, which
 * applies it and sends it back to every mirror. Nothing changes locally until the server has accepted it.
 */
export function remoteRunner(mirror: () => HostedState, send: (op: SessionOp) => void): RemoteRunner {
  const listeners = new Set<() => void>();
  const runner = () => mirror().runner;
  const first = runner();
  return {
    scenario: first.scenario,
    id: first.id,
    seed: first.seed,
    roster: first.roster,
    view: () => runner().view(),
    log: () => runner().log(),
    inputs: () => runner().inputs(),
    isStarted: () => runner().isStarted(),
    speed: () => runner().speed(),
    setSpeed: (speed) => send({ op: "speed", speed }),
    start: () => send({ op: "start" }),
    decide: (action, by, name) =>
      send({
        op: "decide",
        action,
        ...(by !== undefined ? { by } : {}),
        ...(name !== undefined ? { name } : {}),
      }),
    control: (intent, by, name) =>
      send({
        op: "control",
        intent,
        ...(by !== undefined ? { by } : {}),
        ...(name !== undefined ? { name } : {}),
      }),
    pause: () => send({ op: "pause" }),
    resume: () => send({ op: "resume" }),
    end: () => send({ op: "end" }),
    advance: (minutes) => {
      if (minutes > 0) send({ op: "advance", minutes });
    },
    advanceToNextEvent: () => send({ op: "next" }),
    jumpToNextModule: () => {
      const now = runner().view().now;
      const ahead = first.scenario.modules.some((module) => module.startsAt > now);
      if (ahead) send({ op: "module" });
      return ahead;
    },
    planEdits: () => runner().planEdits(),
    editPlan: (edit) => send({ op: "plan", edit }),
    displayView: () => runner().displayView(),
    session: () => runner().session(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      for (const listener of listeners) listener();
    },
  };
}

import { el } from "../../ui/dom";
import type { FacilitatedSession } from "../session/facilitatedSession";
import { createSessionRunner, restoreSessionRunner, type SessionRunner } from "../session/sessionRunner";
import type { ConsoleDeps } from "./consoleDeps";
import { CONSOLE_CSS } from "./consoleStyles";
import { mountRunningScreen } from "./runningScreen";
import { mountSetupScreen } from "./setupScreen";

/** Mounts the facilitator console: set up or restore a session, then run it with the team display in sync. */
export function mountFacilitatorConsole(root: HTMLElement, deps: ConsoleDeps): () => void {
  const screen = el("div", { class: "fc" });
  root.replaceChildren(el("style", { text: CONSOLE_CSS }), screen);
  let stop: (() => void) | undefined;

  const setup = (message?: string) => {
    stop?.();
    stop = undefined;
    mountSetupScreen(
      screen,
      deps,
      {
        start,
        restore: (session) => {
          const problem = restore(session);
          if (problem) setup(problem);
        },
      },
      message,
    );
  };
  const run = (runner: ReturnType<typeof createSessionRunner>) => {
    stop?.();
    stop = mountRunningScreen(screen, runner, deps, { restore, leave: () => setup() });
  };
  function start(choice: { scenario: string; seed: string; roster: FacilitatedSession["roster"] }): void {
    const scenario = deps.scenarios.find((item) => item.id === choice.scenario);
    if (!scenario) {
      setup(`The scenario "${choice.scenario}" is not installed.`);
      return;
    }
    run(
      createSessionRunner(deps.services, scenario, {
        id: deps.newSessionId(),
        seed: choice.seed,
        roster: choice.roster,
        startedAt: deps.today(),
      }),
    );
  }
  function restore(session: FacilitatedSession): string | undefined {
    const scenario = deps.scenarios.find((item) => item.id === session.scenario);
    if (!scenario) return `The scenario "${session.scenario}" is not installed.`;
    let runner: ReturnType<typeof restoreSessionRunner>;
    try {
      runner = restoreSessionRunner(deps.services, scenario, session);
    } catch (error) {
      return `The session could not be replayed: ${error instanceof Error ? error.message : String(error)}`;
    }
    run(runner);
    return undefined;
  }
  setup();
  return () => stop?.();
}

/**
 * Mounts the console on a session that already runs elsewhere (hosted on the session server): straight to the
 * running screen; a session file cannot replace it and there is no new session to leave for.
 */
export function mountFacilitatorConsoleFor(
  root: HTMLElement,
  deps: ConsoleDeps,
  runner: SessionRunner,
): () => void {
  const screen = el("div", { class: "fc" });
  root.replaceChildren(el("style", { text: CONSOLE_CSS }), screen);
  return mountRunningScreen(screen, runner, deps, {
    restore: () => "This session is hosted on the session server; a session file cannot replace it.",
    leave: () => deps.hosted?.leave?.(),
  });
}

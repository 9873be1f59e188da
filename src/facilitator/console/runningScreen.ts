import { formatSimTime } from "../../engine/time";
import { revealInvisible } from "../../report/render/revealInvisible";
import { el } from "../../ui/dom";
import type { TeamDisplayView } from "../display/teamDisplayView";
import type { FacilitatedSession } from "../session/facilitatedSession";
import { autosaveSession } from "../session/sessionAutosave";
import { readSessionFile } from "../session/sessionFile";
import type { SessionRunner } from "../session/sessionRunner";
import { startConsoleSync } from "../sync/consoleSync";
import { clockPanel } from "./clockPanel";
import type { ConsoleDeps, ConsolePanel, Notifier } from "./consoleDeps";
import { createConsoleFrame } from "./consoleFrame";
import { decisionPanel } from "./decisionPanel";
import { discussionPanel } from "./discussionPanel";
import { kitPanel } from "./kitPanel";
import { logPanel } from "./logPanel";
import { masterEventsPanel } from "./masterEventsPanel";
import { observationPanel } from "./observationPanel";
import { downloadButton, reportPanel } from "./reportPanel";
import { scoringPanel } from "./scoringPanel";

const TICK_MS = 1000;
const CLOCK_SAVE_MS = 5000;

/** What the running screen asks of the console around it. */
export interface RunningScreenHost {
  /** Replaces the running session with a saved one; a message when it cannot (the current one then stays). */
  restore(session: FacilitatedSession): string | undefined;
  leave(): void;
}

/**
 * The console while a session runs: every panel, the team display sync, autosave and live pacing. Returns a
 * function that stops the ticker and the sync.
 */
export function mountRunningScreen(
  root: HTMLElement,
  runner: SessionRunner,
  deps: ConsoleDeps,
  host: RunningScreenHost,
): () => void {
  const status = el("div", { role: "status", class: "notice", hidden: true });
  const alert = el("div", { role: "alert", class: "alert", hidden: true });
  const notify: Notifier = {
    notice(message) {
      status.textContent = revealInvisible(message);
      status.hidden = false;
    },
    alert(message) {
      alert.textContent = revealInvisible(message);
      alert.hidden = false;
    },
  };
  const frame = createConsoleFrame(runner, deps.score);
  let snapshot = frame();
  let displayView: TeamDisplayView = runner.displayView();
  const displays = el("span", {
    class: "muted",
    role: "status",
    "data-testid": "displays",
    text: deps.hosted ? "Team displays join with their link" : "No team display open",
  });
  const sync = startConsoleSync(
    deps.transport(runner.id),
    { session: runner.id, key: deps.sessionKey },
    () => displayView,
    (open) => {
      if (deps.hosted) return;
      displays.textContent = open === 0 ? "No team display open" : `Team displays open: ${open}`;
    },
  );

  const clock = el("span", { class: "clock", "aria-label": "Exercise clock" });
  const phase = el("span", { class: "phase" });
  const fileInput = el("input", {
    type: "file",
    accept: "application/json,.json",
    "aria-label": "Load a session file",
  });
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const result = await readSessionFile(file, deps.sessionFiles, deps.scenarios);
    fileInput.value = "";
    if (!result.ok) return notify.alert(`${result.message} The current session is unchanged.`);
    const problem = host.restore(result.session);
    if (problem) notify.alert(`${problem} The current session is unchanged.`);
  });
  const header = el(
    "header",
    { class: "bar" },
    el("h1", { text: `Facilitating: ${runner.scenario.title}` }),
    clock,
    phase,
    el("span", { class: "muted", text: `session ${runner.id} · seed ${runner.seed}` }),
  );
  const tools = el(
    "div",
    { class: "bar" },
    el("button", { type: "button", text: "Open team display", onclick: () => deps.openDisplay(runner.id) }),
    displays,
    el("button", {
      type: "button",
      class: "secondary",
      text: "Save session file",
      onclick: () => {
        const name = `hotwash-session-${runner.scenario.id}-${runner.id}.json`;
        downloadButton("", name, deps.sessionFiles.write(runner.session()), "application/json").click();
        notify.notice(`Session saved as ${name}.`);
      },
    }),
    el("label", { class: "muted", text: "Load session file " }, fileInput),
    el("button", { type: "button", class: "secondary", text: "New session", onclick: () => host.leave() }),
  );

  const panels: ConsolePanel[] = [
    ...(deps.hosted?.panels ?? []),
    clockPanel(runner),
    decisionPanel(runner, notify),
    masterEventsPanel(runner),
    scoringPanel(runner, notify),
    observationPanel(runner, notify),
    discussionPanel(runner, notify),
    logPanel(),
    reportPanel(runner, deps, notify, () => snapshot),
    kitPanel(runner),
  ];
  root.replaceChildren(
    header,
    tools,
    status,
    alert,
    el("div", { class: "grid" }, ...panels.map((item) => item.section)),
  );

  const render = () => {
    snapshot = frame();
    clock.textContent = formatSimTime(snapshot.view.now);
    phase.textContent = snapshot.view.ended ? "ended" : snapshot.view.phase;
    for (const item of panels) item.update(snapshot);
    displayView = runner.displayView();
    sync.publish(displayView);
    // why: what the facilitator does, and anything that reaches the log, is saved at once; live clock ticks alone
    // are saved every few seconds, so a tick's cost does not grow with the session (a reload then resumes at
    // most that far back on the clock).
    const entries = snapshot.log.length;
    const due = !ticking || entries !== saved.entries || Date.now() - saved.at >= CLOCK_SAVE_MS;
    if (deps.storage && due) {
      saved = { entries, at: Date.now() };
      const problem = autosaveSession(deps.storage, runner.session(), deps.sessionFiles);
      if (problem) notify.alert(problem);
    }
  };
  let saved = { entries: -1, at: 0 };
  let ticking = false;
  const unsubscribe = runner.subscribe(render);
  render();

  const ticker = setInterval(() => {
    const view = runner.view();
    if (deps.hosted) return;
    if (runner.speed() > 0 && runner.isStarted() && view.phase === "live" && !view.ended) {
      ticking = true;
      try {
        runner.advance(runner.speed());
      } finally {
        ticking = false;
      }
    }
  }, TICK_MS);

  return () => {
    clearInterval(ticker);
    unsubscribe();
    sync.close();
  };
}

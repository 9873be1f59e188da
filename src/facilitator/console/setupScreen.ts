import { revealInvisible } from "../../report/render/revealInvisible";
import { el, field, select } from "../../ui/dom";
import { type RosterEntry, SESSION_ROLES } from "../roster";
import type { FacilitatedSession } from "../session/facilitatedSession";
import { clearAutosavedSession, loadAutosavedSession } from "../session/sessionAutosave";
import { readSessionFile } from "../session/sessionFile";
import type { ConsoleDeps } from "./consoleDeps";
import { downloadButton } from "./reportPanel";
import { seedField } from "./seedField";
import { teamSessionSetup } from "./teamSessionSetup";

/** What the setup screen hands back: a new session, or a saved one to restore. */
export interface SetupChoice {
  start(setup: { scenario: string; seed: string; roster: RosterEntry[] }): void;
  restore(session: FacilitatedSession): void;
}

/** The console's first screen: scenario, seed, roster; or resume the autosaved session or a session file. */
export function mountSetupScreen(
  root: HTMLElement,
  deps: ConsoleDeps,
  choice: SetupChoice,
  message?: string,
): void {
  const alert = el("div", { role: "alert", class: "alert", hidden: !message, text: message ?? "" });
  const scenario = select(deps.scenarios.map((item) => ({ value: item.id, label: item.title })));
  const { input: seed, bar: seedBar } = seedField("seed", deps.randomSeed);
  const roster = SESSION_ROLES.map((role) => ({
    role: role.id,
    input: el("input", { type: "text", name: `roster-${role.id}` }),
  }));
  const form = el(
    "form",
    { "aria-label": "Set up the session", class: "panel" },
    el("h2", { text: "New session on this laptop" }),
    el("p", {
      class: "muted",
      text: "The console here, the team display in a second window for the projector.",
    }),
    field("Scenario", scenario),
    seedBar,
    el(
      "fieldset",
      {},
      el("legend", { text: "Roster: who plays which role" }),
      ...roster.map((row) =>
        field(SESSION_ROLES.find((role) => role.id === row.role)?.title ?? row.role, row.input),
      ),
    ),
    el("button", { type: "submit", text: "Start session" }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!scenario.value) return showAlert("No scenario is installed.");
    if (!seed.value.trim()) return showAlert("Choose a seed (any text); it makes the session reproducible.");
    choice.start({
      scenario: scenario.value,
      seed: seed.value.trim(),
      roster: roster.map((row) => ({ name: row.input.value, role: row.role })),
    });
  });

  const file = el("input", { type: "file", accept: "application/json,.json" });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const result = await readSessionFile(chosen, deps.sessionFiles, deps.scenarios);
    file.value = "";
    if (result.ok) choice.restore(result.session);
    else showAlert(result.message);
  });
  const resume = el(
    "div",
    { class: "panel" },
    el("h2", { text: "Continue a session" }),
    field("Load a session file", file),
  );
  const saved = deps.storage
    ? loadAutosavedSession(deps.storage, deps.scenarios, deps.sessionFiles)
    : undefined;
  if (saved?.ok) {
    const session = saved.session;
    const title = deps.scenarios.find((item) => item.id === session.scenario)?.title ?? session.scenario;
    resume.append(
      el("p", { text: `Autosaved: ${title}, session ${session.id}, ${session.inputs.length} inputs.` }),
      el(
        "div",
        { class: "bar" },
        el("button", {
          type: "button",
          text: "Resume the autosaved session",
          onclick: () => choice.restore(session),
        }),
        el("button", {
          type: "button",
          class: "secondary",
          text: "Discard it",
          onclick: () => {
            if (deps.storage) clearAutosavedSession(deps.storage);
            mountSetupScreen(root, deps, choice);
          },
        }),
      ),
    );
  } else if (saved && !saved.ok) {
    resume.append(
      el("p", {
        role: "status",
        text: `The autosaved session could not be read, so it was taken out of this browser's storage: ${saved.message}.`,
      }),
      ...(saved.text === undefined
        ? []
        : [
            downloadButton(
              "Download the unreadable session",
              "hotwash-session-unreadable.json",
              saved.text,
              "application/json",
            ),
          ]),
    );
  }
  root.replaceChildren(
    el("h1", { text: "Hotwash facilitator console" }),
    alert,
    el(
      "div",
      { class: "grid" },
      deps.teamSessions ? teamSessionSetup(deps.teamSessions, deps.randomSeed) : null,
      form,
      resume,
    ),
  );

  function showAlert(text: string): void {
    alert.textContent = revealInvisible(text);
    alert.hidden = false;
  }
}

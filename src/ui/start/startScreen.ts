import { confirmDialog } from "../confirmDialog";
import { el, field, uniqueId } from "../dom";
import { type DrillSettings, SPEEDS } from "../drillSettings";
import { DIMENSION_LABEL, type ScenarioSummary } from "./scenarioSummary";

export interface StartScreenOptions {
  scenarios: ScenarioSummary[];
  settings: DrillSettings;
  /** Scenario files that failed to compile, shown so authors notice. */
  problems: string[];
  /** Drills saved in this browser, the most recently saved first. */
  saved: SavedDrillSummary[];
  newSeed(): string;
  onBriefing(settings: DrillSettings): void;
  onResume(id: string): void;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
  onImport(file: File): void;
}

/** One saved drill as the picker lists it. */
export interface SavedDrillSummary {
  id: string;
  name: string;
  scenarioTitle: string;
  /** Sim time reached, e.g. T+1:30. */
  at: string;
  /** ISO times. */
  savedAt: string;
  createdAt: string;
  ended: boolean;
}

export interface StartScreenHandle {
  /** Says what went wrong, with a button for what the player can do about it (e.g. download what was refused). */
  alert(message: string, action?: { label: string; run(): void }): void;
  /** Shows how far a long import has come (`done` of `of` steps), or clears it. */
  progress(message: string | undefined, done?: number, of?: number): void;
}

/** The scenario picker with seed, pacing and assist/exam mode; the first screen. */
export function renderStartScreen(root: HTMLElement, options: StartScreenOptions): StartScreenHandle {
  const settings: DrillSettings = { ...options.settings };
  const alertRegion = el("div", { class: "alert-region", role: "alert" });
  const progressRegion = el("div", { class: "progress-region", role: "status" });

  const picker = el("fieldset", { class: "scenario-picker" }, el("legend", { text: "Scenario" }));
  for (const scenario of options.scenarios) {
    const id = uniqueId("scenario");
    const radio = el("input", { type: "radio", name: "scenario", id, value: scenario.id });
    radio.checked = scenario.id === settings.scenarioId;
    radio.addEventListener("change", () => {
      settings.scenarioId = scenario.id;
      syncShare();
    });
    const detailsId = `${id}-details`;
    radio.setAttribute("aria-describedby", detailsId);
    picker.append(
      el(
        "div",
        { class: "scenario-card" },
        radio,
        el("label", { for: id }, el("span", { class: "scenario-title", text: scenario.title })),
        el(
          "div",
          { id: detailsId, class: "scenario-details" },
          el("p", { text: scenario.premise }),
          el(
            "dl",
            {},
            el("dt", { text: "Difficulty" }),
            el("dd", { text: scenario.difficulty }),
            el("dt", { text: "Expected duration" }),
            el("dd", { text: `about ${scenario.expectedDuration} minutes` }),
            el("dt", { text: "Stresses" }),
            el("dd", {
              text: scenario.stresses.map((d) => DIMENSION_LABEL[d]).join(", ") || "all dimensions",
            }),
          ),
        ),
      ),
    );
  }
  if (options.scenarios.length === 0) picker.append(el("p", { text: "No scenario could be loaded." }));

  const seed = el("input", { type: "text", value: settings.seed, autocomplete: "off", spellcheck: "false" });
  seed.addEventListener("input", () => {
    settings.seed = seed.value.trim();
    syncShare();
  });
  const reseed = el("button", {
    type: "button",
    text: "New random seed",
    onclick: () => {
      seed.value = options.newSeed();
      settings.seed = seed.value;
      syncShare();
    },
  });
  const share = el("a", { class: "share-link" });
  const syncShare = () => {
    const hash = `#/?${new URLSearchParams({ scenario: settings.scenarioId, seed: settings.seed }).toString()}`;
    share.setAttribute("href", hash);
    share.textContent = `Shareable link to this scenario and seed`;
  };
  syncShare();

  const pacing = el("fieldset", { class: "pacing" }, el("legend", { text: "Pacing" }));
  const speed = el("select", { "aria-label": "Sim minutes per real second" });
  for (const value of SPEEDS)
    speed.append(el("option", { value: String(value), text: `${value} sim min per second` }));
  speed.value = String(settings.minutesPerSecond);
  speed.addEventListener("change", () => {
    settings.minutesPerSecond = Number(speed.value);
  });
  pacing.append(
    radio("pacing", "live", "Live: the clock runs", settings.pacing === "live", () => {
      settings.pacing = "live";
    }),
    field("Speed", speed),
    radio(
      "pacing",
      "turn",
      "Turn-based: advance to the next event when you are ready",
      settings.pacing === "turn",
      () => {
        settings.pacing = "turn";
      },
    ),
  );

  const mode = el("fieldset", { class: "mode" }, el("legend", { text: "Mode" }));
  mode.append(
    radio("mode", "assist", "Assist: show the checklist and tick steps as you go", settings.assist, () => {
      settings.assist = true;
    }),
    radio("mode", "exam", "Exam: no checklist on screen", !settings.assist, () => {
      settings.assist = false;
    }),
  );

  const begin = el("button", { type: "submit", class: "primary", text: "Read the briefing" });
  const form = el(
    "form",
    { class: "start-form", "aria-label": "Set up a drill" },
    picker,
    field("Seed", seed, "The same seed gives the same drill."),
    reseed,
    el("p", {}, share),
    pacing,
    mode,
    begin,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!settings.seed) {
      alertRegion.replaceChildren(el("p", { text: "Enter a seed (any text) or pick a new random one." }));
      seed.focus();
      return;
    }
    if (!options.scenarios.some((s) => s.id === settings.scenarioId)) {
      alertRegion.replaceChildren(el("p", { text: "Pick a scenario." }));
      return;
    }
    options.onBriefing({ ...settings });
  });

  const fileInput = el("input", { type: "file", accept: "application/json,.json" });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) options.onImport(file);
    fileInput.value = "";
  });
  let savedDrills = [...options.saved];
  const savedList = el("ul", { class: "saved-list" });
  const renderSaved = () => {
    savedList.replaceChildren(
      ...(savedDrills.length === 0
        ? [el("li", { class: "empty", text: "No saved drills in this browser yet." })]
        : savedDrills.map((drill) => savedItem(drill))),
    );
  };
  const savedItem = (drill: SavedDrillSummary): HTMLElement => {
    const item = el("li", { class: drill.ended ? "saved-drill ended" : "saved-drill" });
    const show = () => {
      item.replaceChildren(
        el("strong", { class: "saved-name", text: drill.name }),
        el("span", {
          class: "saved-meta",
          text: ` ${drill.scenarioTitle} · ${drill.ended ? "finished" : "in progress"} at ${drill.at} · saved ${formatDate(drill.savedAt)} · started ${formatDate(drill.createdAt)}`,
        }),
        el(
          "div",
          { class: "button-row" },
          el("button", {
            type: "button",
            class: drill.ended ? undefined : "primary",
            text: drill.ended ? "Debrief" : "Resume",
            "aria-label": `${drill.ended ? "Debrief" : "Resume"} ${drill.name} at ${drill.at}`,
            onclick: () => options.onResume(drill.id),
          }),
          el("button", {
            type: "button",
            text: "Rename…",
            "aria-label": `Rename ${drill.name}`,
            onclick: rename,
          }),
          el("button", {
            type: "button",
            class: "danger",
            text: "Delete…",
            "aria-label": `Delete ${drill.name}`,
            onclick: async () => {
              const sure = await confirmDialog({
                title: "Delete this saved drill?",
                message: `“${drill.name}” (${drill.scenarioTitle} at ${drill.at}) and its drafts are removed from this browser. Export it first to keep a copy.`,
                confirm: "Delete the drill",
              });
              if (!sure) return;
              options.onDelete(drill.id);
              savedDrills = savedDrills.filter((candidate) => candidate.id !== drill.id);
              renderSaved();
              alertRegion.replaceChildren();
              savedHeading.focus();
            },
          }),
        ),
      );
    };
    const rename = () => {
      const input = el("input", { type: "text", value: drill.name, autocomplete: "off" });
      const form = el(
        "form",
        { class: "rename-form", "aria-label": `Rename ${drill.name}` },
        field("New name", input),
        el("button", { type: "submit", text: "Save name" }),
        el("button", { type: "button", text: "Cancel", onclick: show }),
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const name = input.value.trim();
        if (!name) return;
        options.onRename(drill.id, name);
        drill.name = name;
        show();
        item.querySelector<HTMLElement>("button")?.focus();
      });
      item.replaceChildren(form);
      input.focus();
      input.select();
    };
    show();
    return item;
  };
  renderSaved();
  const savedHeading = el("h2", { id: "saved-heading", tabindex: "-1", text: "Saved drills" });
  const saved = el(
    "section",
    { class: "saved", "aria-labelledby": "saved-heading" },
    savedHeading,
    savedList,
    field("Import a drill file", fileInput),
  );
  const problems =
    options.problems.length > 0
      ? el(
          "section",
          { class: "problems", "aria-labelledby": "problems-heading" },
          el("h2", { id: "problems-heading", text: "Scenarios that could not be loaded" }),
          el("ul", {}, ...options.problems.map((problem) => el("li", { text: problem }))),
        )
      : null;

  const facilitate = el(
    "section",
    { class: "facilitate", "aria-labelledby": "facilitate-heading" },
    el("h2", { id: "facilitate-heading", text: "Facilitating a group?" }),
    el(
      "p",
      {},
      el("a", { href: "#/facilitator", text: "Run a team session" }),
      " — everyone joins from their own laptop or phone with a link per role, or one laptop drives a projector.",
    ),
  );
  root.replaceChildren(
    el(
      "div",
      { class: "start-screen" },
      el("h1", { text: "Hotwash" }),
      el("p", {
        class: "tagline",
        text: "Incident-response drills against the Elimu Informatics checklist.",
      }),
      alertRegion,
      progressRegion,
      // why: a returning player's first move is to resume; a newcomer sees the scenarios first.
      ...(options.saved.length > 0 ? [saved, form] : [form, saved]),
      facilitate,
      problems,
    ),
  );
  return {
    alert(message, action) {
      alertRegion.replaceChildren(
        el("p", { text: message }),
        ...(action ? [el("button", { type: "button", text: action.label, onclick: action.run })] : []),
      );
    },
    progress(message, done, of) {
      progressRegion.replaceChildren(
        ...(message === undefined
          ? []
          : [
              el("p", { text: message }),
              el("progress", { max: of ?? 1, value: done ?? 0, "aria-label": message }),
            ]),
      );
    },
  };
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function radio(
  name: string,
  value: string,
  label: string,
  checked: boolean,
  onSelect: () => void,
): HTMLElement {
  const id = uniqueId(name);
  const input = el("input", { type: "radio", name, id, value });
  input.checked = checked;
  input.addEventListener("change", onSelect);
  return el("div", { class: "radio" }, input, el("label", { for: id, text: label }));
}

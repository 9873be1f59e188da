import { el, field, uniqueId } from "../dom";
import { type DrillSettings, SPEEDS } from "../drillSettings";
import { DIMENSION_LABEL, type ScenarioSummary } from "./scenarioSummary";

export interface StartScreenOptions {
  scenarios: ScenarioSummary[];
  settings: DrillSettings;
  /** Scenario files that failed to compile, shown so authors notice. */
  problems: string[];
  /** A drill in progress found in autosave (title and sim time), offered for resuming. */
  resumable?: { title: string; at: string };
  newSeed(): string;
  onBriefing(settings: DrillSettings): void;
  onResume(): void;
  onImport(file: File): void;
}

export interface StartScreenHandle {
  alert(message: string): void;
}

/** The scenario picker with seed, pacing and assist/exam mode; the first screen. */
export function renderStartScreen(root: HTMLElement, options: StartScreenOptions): StartScreenHandle {
  const settings: DrillSettings = { ...options.settings };
  const alertRegion = el("div", { class: "alert-region", role: "alert" });

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
  const saved = el(
    "section",
    { class: "saved", "aria-labelledby": "saved-heading" },
    el("h2", { id: "saved-heading", text: "Saved drills" }),
    options.resumable
      ? el("button", {
          type: "button",
          text: `Resume ${options.resumable.title} at ${options.resumable.at}`,
          onclick: options.onResume,
        })
      : el("p", { text: "No drill in progress." }),
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
      form,
      saved,
      problems,
    ),
  );
  return {
    alert(message: string) {
      alertRegion.replaceChildren(el("p", { text: message }));
    },
  };
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

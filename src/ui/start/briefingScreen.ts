import { el } from "../dom";
import type { DrillSettings } from "../drillSettings";
import type { ScenarioSummary } from "./scenarioSummary";

export interface BriefingOptions {
  scenario: ScenarioSummary;
  settings: DrillSettings;
  onStart(): void;
  onBack(): void;
}

/** The situation-manual briefing: situation, your role, objectives, how the exercise runs; then start. */
export function renderBriefingScreen(root: HTMLElement, options: BriefingOptions): void {
  const { scenario, settings } = options;
  const briefing = scenario.briefing;
  const start = el("button", {
    type: "button",
    class: "primary",
    text: "Start the drill",
    onclick: options.onStart,
  });
  root.replaceChildren(
    el(
      "article",
      { class: "briefing" },
      el("p", { class: "classification", text: "Exercise — situation manual" }),
      el("h1", { text: briefing.title || scenario.title }),
      el(
        "section",
        { "aria-labelledby": "situation-h" },
        el("h2", { id: "situation-h", text: "Situation" }),
        ...paragraphs(briefing.situation),
      ),
      el(
        "section",
        { "aria-labelledby": "role-h" },
        el("h2", { id: "role-h", text: "Your role" }),
        ...paragraphs(briefing.yourRole),
      ),
      el(
        "section",
        { "aria-labelledby": "objectives-h" },
        el("h2", { id: "objectives-h", text: "Objectives" }),
        el("ol", {}, ...briefing.objectives.map((objective) => el("li", { text: objective }))),
      ),
      scenario.modules.length > 0
        ? el(
            "section",
            { "aria-labelledby": "modules-h" },
            el("h2", { id: "modules-h", text: "Exercise modules" }),
            el(
              "ol",
              {},
              // why: a module's update is revealed when the module starts, as in a CTEP situation manual.
              ...scenario.modules.map((module) => el("li", { text: module.title })),
            ),
          )
        : null,
      el(
        "section",
        { "aria-labelledby": "rules-h" },
        el("h2", { id: "rules-h", text: "How this drill runs" }),
        el(
          "ul",
          {},
          el("li", { text: `Seed ${settings.seed}: the same seed replays the same drill.` }),
          el("li", {
            text:
              settings.pacing === "live"
                ? `Live pacing: ${settings.minutesPerSecond} sim minutes pass per real second; pause at any time.`
                : "Turn-based: the clock moves only when you advance to the next event.",
          }),
          el("li", {
            text: settings.assist
              ? "Assist mode: the checklist is on screen and ticks as you go."
              : "Exam mode: no checklist on screen.",
          }),
          el("li", { text: "Everything you do is saved as you go; a reload resumes the drill." }),
        ),
      ),
      el(
        "div",
        { class: "briefing-buttons" },
        el("button", { type: "button", text: "Back to scenarios", onclick: options.onBack }),
        start,
      ),
    ),
  );
  start.focus();
}

function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => el("p", { text: part }));
}

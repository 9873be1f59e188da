import { ACTION_CATALOG, ACTION_TYPES, type ActionType } from "../../engine/actions";
import type { LogEntry } from "../../engine/log";
import type { PlayerView } from "../../engine/playerView";
import { formatSimTime } from "../../engine/time";
import { el, field, panel, select } from "../../ui/dom";
import {
  ACTION_FIELDS,
  type ActionField,
  buildAction,
  choiceOptions,
  type FieldValues,
} from "../actionFields";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel, Notifier } from "./consoleDeps";
import { speakerSelect } from "./speakerSelect";

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Enter the team's decisions as actions attributed to a role: a compact form per action type. */
export function decisionPanel(runner: SessionRunner, notify: Notifier): ConsolePanel {
  const { section, body } = panel("Team decisions", "decision-panel");
  const speaker = speakerSelect(runner.roster, false);
  const type = select(
    ACTION_TYPES.map((action) => ({ value: action, label: ACTION_CATALOG.get(action)?.label ?? action })),
  );
  const fields = el("div", { class: "action-fields" });
  const result = el("p", { "aria-live": "polite", class: "muted" });
  const submit = el("button", { type: "submit", text: "Enter decision" });
  const form = el(
    "form",
    { "aria-label": "Enter a team decision" },
    field("Decided by", speaker.control),
    field("Action", type),
    fields,
    submit,
    result,
  );
  let controls = new Map<string, { spec: ActionField; control: Control }>();
  let lastView: PlayerView | undefined;
  let optionSignature = "";

  const buildFields = () => {
    controls = new Map();
    const children = ACTION_FIELDS[type.value as ActionType].map((spec) => {
      const control = makeControl(spec, lastView);
      controls.set(spec.name, { spec, control });
      if (spec.kind === "checkbox")
        return el(
          "div",
          { class: "field inline" },
          control,
          el("label", { for: control.id, text: spec.label }),
        );
      return field(spec.label + ("optional" in spec && spec.optional ? " (optional)" : ""), control);
    });
    fields.replaceChildren(...children);
    optionSignature = "";
  };
  type.addEventListener("change", buildFields);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values: FieldValues = {};
    for (const [name, { control }] of controls) values[name] = readControl(control);
    const built = buildAction(type.value as ActionType, values, runner.scenario.start);
    if (!built.ok) {
      notify.alert(built.message);
      return;
    }
    const { by, actorName } = speaker.speaker();
    const before = runner.log().length;
    runner.decide(built.action, by, actorName);
    result.textContent = outcomeOf(runner.log().slice(before));
  });
  body.append(form);
  buildFields();

  return {
    section,
    update({ view }) {
      lastView = view;
      submit.disabled = view.ended;
      const signature = JSON.stringify(
        [...controls.values()]
          .filter(({ spec }) => spec.kind === "choice" || spec.kind === "multi")
          .map(({ spec }) => ("source" in spec ? choiceOptions(spec.source, view) : [])),
      );
      if (signature === optionSignature) return;
      optionSignature = signature;
      for (const { spec, control } of controls.values()) {
        if ((spec.kind === "choice" || spec.kind === "multi") && control instanceof HTMLSelectElement)
          fillOptions(control, spec, view);
      }
    },
  };
}

/** The form control for one field of an action (the player screen builds its decision form with these too). */
export function makeControl(spec: ActionField, view: PlayerView | undefined): Control {
  switch (spec.kind) {
    case "textarea":
      return el("textarea", { name: spec.name });
    case "checkbox": {
      const box = el("input", { type: "checkbox", name: spec.name, id: `decision-${spec.name}` });
      box.checked = spec.initial;
      return box;
    }
    case "choice":
    case "multi": {
      const control = el("select", { name: spec.name, multiple: spec.kind === "multi" });
      if (view) fillOptions(control, spec, view);
      return control;
    }
    default:
      return el("input", { type: "text", name: spec.name });
  }
}

/** Fills a choice control with the options the view offers, keeping what was chosen. */
export function fillOptions(control: HTMLSelectElement, spec: ActionField, view: PlayerView): void {
  if (!("source" in spec)) return;
  const chosen = new Set(Array.from(control.selectedOptions, (option) => option.value));
  const options = choiceOptions(spec.source, view);
  const blank = spec.kind === "choice" && spec.optional ? [el("option", { value: "", text: "—" })] : [];
  control.replaceChildren(
    ...blank,
    ...options.map((option) => {
      const node = el("option", { value: option.value, text: option.label });
      node.selected = chosen.has(option.value);
      return node;
    }),
  );
}

/** The value a control holds, as buildAction reads it. */
export function readControl(control: Control): string | boolean | string[] {
  if (control instanceof HTMLInputElement && control.type === "checkbox") return control.checked;
  if (control instanceof HTMLSelectElement && control.multiple)
    return Array.from(control.selectedOptions, (option) => option.value);
  return control.value;
}

function outcomeOf(entries: readonly LogEntry[]): string {
  for (const entry of entries) {
    if (entry.type === "action.rejected") return `Rejected: ${entry.reason}`;
    if (entry.type === "action.accepted")
      return `Accepted at ${formatSimTime(entry.at)}; takes effect at ${formatSimTime(entry.completesAt)}.`;
  }
  return "Entered.";
}

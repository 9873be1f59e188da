import type {
  CapabilityElement,
  ImprovementPlanEdit,
  ReportImprovement,
} from "../../report/afterActionReport";
import { el, field, select } from "../dom";

const ELEMENTS: readonly CapabilityElement[] = [
  "Planning",
  "Organization",
  "Equipment",
  "Training",
  "Exercises",
];
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

/** Where an edit goes: it returns a one-line problem when it could not be kept, else undefined. */
export type PlanEditSink = (edit: ImprovementPlanEdit) => string | undefined;

/**
 * The improvement plan as a form: per row, its issue and priority as text, and labelled fields for the capability
 * element, corrective action, responsible organisation, point of contact, start and due dates. A changed field
 * sends the row's values to `onEdit`; a bad date is refused with a one-line message and the field keeps the text.
 */
export function renderPlanEditor(items: readonly ReportImprovement[], onEdit: PlanEditSink): HTMLElement {
  const status = el("p", { class: "plan-status", role: "status", "aria-live": "polite" });
  if (items.length === 0)
    return el("div", { class: "plan-editor" }, el("p", { text: "Nothing to improve in this run." }));
  const rows = items.map((item, index) => planRow(item, index + 1, onEdit, status));
  return el(
    "div",
    { class: "plan-editor" },
    el("p", {
      class: "hint",
      text: "Edit a row to assign it: the changes are saved with the drill and appear in every download of the report.",
    }),
    el("ol", { class: "plan-rows" }, ...rows),
    status,
  );
}

function planRow(
  item: ReportImprovement,
  number: number,
  onEdit: PlanEditSink,
  status: HTMLElement,
): HTMLElement {
  const element = select(
    ELEMENTS.map((value) => ({ value, label: value })),
    item.capabilityElement,
  );
  const action = el("textarea", { rows: 2 });
  action.value = item.correctiveAction;
  const organisation = el("input", { type: "text", autocomplete: "organization" });
  organisation.value = item.organisation;
  const contact = el("input", { type: "text", autocomplete: "name" });
  contact.value = item.pointOfContact;
  const start = el("input", { type: "date" });
  start.value = item.start;
  const due = el("input", { type: "date" });
  due.value = item.due;
  const problem = el("p", { class: "plan-problem", role: "alert" });
  const save = () => {
    const refuse = (message: string) => {
      problem.textContent = message;
      status.textContent = "";
    };
    if (!DATE.test(start.value) || !DATE.test(due.value))
      return refuse(`Row ${number}: a date must be a day of the calendar (YYYY-MM-DD).`);
    if (start.value && due.value && due.value < start.value)
      return refuse(`Row ${number}: the due date ${due.value} is before the start date ${start.value}.`);
    const edit: ImprovementPlanEdit = {
      key: item.key,
      capabilityElement: element.value as CapabilityElement,
      action: action.value.trim(),
      organisation: organisation.value.trim(),
      pointOfContact: contact.value.trim(),
      start: start.value,
      due: due.value,
    };
    const failed = onEdit(edit);
    if (failed) return refuse(failed);
    problem.textContent = "";
    status.textContent = `Row ${number} saved.`;
  };
  for (const control of [element, action, organisation, contact, start, due])
    control.addEventListener("change", save);
  const { headline, detail } = splitIssue(item.issue);
  return el(
    "li",
    { class: `plan-row priority-${item.priority}` },
    el(
      "fieldset",
      {},
      el("legend", { text: `${number}. ${headline}` }),
      el("p", { class: "plan-meta", text: `${capitalise(item.priority)} priority · ${item.capability}` }),
      detail ? el("p", { class: "plan-issue", text: detail }) : null,
      el(
        "div",
        { class: "plan-fields" },
        field("Corrective action", action),
        field("Responsible organisation", organisation),
        field("Point of contact", contact),
        field("Capability element", element),
        field("Start", start),
        field("Due", due),
      ),
      problem,
    ),
  );
}

/** An issue's headline (before the first colon, when short) and the rest, so a long issue does not fill the legend. */
function splitIssue(issue: string): { headline: string; detail: string } {
  const colon = issue.indexOf(": ");
  if (colon < 0 || colon > 120) return { headline: issue, detail: "" };
  return { headline: issue.slice(0, colon), detail: issue.slice(colon + 2) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { el } from "./dom";
import { createFeedback, type Feedback } from "./feedback";

/**
 * A labelled form (with a visible heading when given) whose submit button runs `onSubmit` with the form's own
 * feedback line, so what became of the action shows where it was taken.
 */
export function actionForm(options: {
  label: string;
  heading?: boolean;
  fields: HTMLElement[];
  submit: string;
  onSubmit(feedback: Feedback): void;
}): HTMLFormElement {
  const feedback = createFeedback();
  const form = el(
    "form",
    { "aria-label": options.label, novalidate: true },
    options.heading ? el("h3", { text: options.label }) : null,
    ...options.fields,
    el("button", { type: "submit", text: options.submit }),
    feedback.element,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    options.onSubmit(feedback);
  });
  return form;
}

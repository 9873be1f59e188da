import { el } from "./dom";

/** Where a form or button group tells the player what became of their action, right where they took it. */
export interface Feedback {
  element: HTMLElement;
  /** Shows a refusal or rejection (announced assertively) and marks the form's fields as needing attention. */
  error(message: string): void;
  /** Shows what was started or sent (announced politely). */
  done(message: string): void;
  clear(): void;
}

/** An inline feedback line: a polite status for what was done, an alert for what was refused. */
export function createFeedback(): Feedback {
  const status = el("p", { class: "feedback", role: "status" });
  const alert = el("p", { class: "feedback feedback-error", role: "alert" });
  const element = el("div", { class: "feedback-line" }, alert, status);
  return {
    element,
    error(message) {
      status.textContent = "";
      alert.textContent = message;
      reveal(element);
    },
    done(message) {
      alert.textContent = "";
      status.textContent = message;
      reveal(element);
    },
    clear() {
      alert.textContent = "";
      status.textContent = "";
    },
  };
}

// why: the form may sit low in a panel that scrolls inside itself; the verdict must be seen where the action was taken.
function reveal(element: HTMLElement): void {
  if (typeof element.scrollIntoView === "function") element.scrollIntoView({ block: "nearest" });
}

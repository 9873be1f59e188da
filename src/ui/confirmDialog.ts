import { el } from "./dom";

export interface ConfirmOptions {
  title: string;
  message: string;
  confirm: string;
  cancel?: string;
}

/**
 * Asks before something irreversible-looking happens, in a modal dialog whose safe choice (cancel) has focus; resolves
 * true only for the confirm button. Escape cancels; focus returns to where it was.
 */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  return new Promise((resolve) => {
    const titleId = "confirm-dialog-title";
    const messageId = "confirm-dialog-message";
    const dialog = el("dialog", {
      class: "confirm-dialog",
      "aria-labelledby": titleId,
      "aria-describedby": messageId,
    });
    const finish = (answer: boolean) => {
      if (dialog.open) dialog.close();
      dialog.remove();
      before?.focus();
      resolve(answer);
    };
    const cancel = el("button", {
      type: "button",
      text: options.cancel ?? "Cancel",
      onclick: () => finish(false),
    });
    const confirm = el("button", {
      type: "button",
      class: "primary",
      text: options.confirm,
      onclick: () => finish(true),
    });
    dialog.append(
      el("h2", { id: titleId, text: options.title }),
      el("p", { id: messageId, text: options.message }),
      el("div", { class: "button-row" }, confirm, cancel),
    );
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      finish(false);
    });
    document.body.append(dialog);
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    cancel.focus();
  });
}

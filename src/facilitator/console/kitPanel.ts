import { facilitatorKit, type KitDocument } from "../../report/kit/facilitatorKit";
import { el, panel } from "../../ui/dom";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel } from "./consoleDeps";
import { downloadButton } from "./reportPanel";

const AUDIENCE = {
  participants: "for everyone in the room",
  controllers: "controllers and evaluators only",
} as const;

/**
 * The facilitator kit of the session's scenario, the same documents as `hotwash kit`: the situation manual, the
 * master events list, the evaluator guide and the feedback form, each to download as HTML or to open in a tab of
 * its own for the browser's print (and Save as PDF).
 */
export function kitPanel(runner: SessionRunner): ConsolePanel {
  const { section, body } = panel("Facilitator kit", "kit");
  const items = facilitatorKit(runner.scenario).map((document_) => kitItem(document_, runner.scenario.id));
  body.append(
    el("p", {
      class: "hint",
      text: "Paper for the room. To make a PDF, open a document and use the browser's Print → Save as PDF.",
    }),
    el("ul", { class: "kit-documents" }, ...items),
  );
  return { section, update() {} };
}

function kitItem(document_: KitDocument, scenarioId: string): HTMLElement {
  return el(
    "li",
    {},
    el("strong", { text: document_.title }),
    el("span", { class: "muted", text: ` — ${AUDIENCE[document_.audience]} ` }),
    downloadButton(
      `Download ${document_.title} (HTML)`,
      `${scenarioId}-${document_.file}`,
      document_.html,
      "text/html",
    ),
    el("button", {
      type: "button",
      class: "secondary",
      text: `Open ${document_.title} to print`,
      onclick: () => openToPrint(document_.html),
    }),
  );
}

/** Opens the page in a new tab from a same-origin Blob URL (its own CSP runs no script), for the browser's print. */
function openToPrint(page: string): void {
  const url = URL.createObjectURL(new Blob([page], { type: "text/html" }));
  window.open(url, "_blank", "noopener");
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

import type { PlayerView } from "../../engine/playerView";
import { el, field, panel } from "../dom";
import type { Panel, PanelContext } from "./panelContext";

/** Actions without a node: block an IP, add alerting, monitor for re-entry, note for the record, close the incident. */
export function createMitigationPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Mitigation and record", "mitigation");
  const ip = el("input", { type: "text", autocomplete: "off", inputmode: "decimal" });
  const alerting = el("input", { type: "text", autocomplete: "off" });
  const note = el("textarea", { rows: 2 });
  const blockForm = small("Block an IP address", field("IP address", ip), "Block IP", () => {
    if (!ip.value.trim()) return;
    ctx.act({ type: "block-ip", ip: ip.value.trim() }, `Blocking ${ip.value.trim()}`);
    ip.value = "";
  });
  const alertForm = small(
    "Add alerting",
    field("What the alert watches for", alerting),
    "Add alerting",
    () => {
      if (!alerting.value.trim()) return;
      ctx.act({ type: "add-alerting", description: alerting.value.trim() }, "Adding alerting");
      alerting.value = "";
    },
  );
  const noteForm = small("Note for the record", field("Note", note), "Add note", () => {
    if (!note.value.trim()) return;
    ctx.act({ type: "note", text: note.value.trim() }, "Note recorded");
    note.value = "";
  });
  const monitor = el("button", {
    type: "button",
    text: "Monitor for re-entry",
    onclick: () => ctx.act({ type: "monitor-reentry" }, "Monitoring for re-entry"),
  });
  const close = el("button", {
    type: "button",
    class: "danger",
    text: "Close the incident",
    onclick: () => ctx.act({ type: "close-incident" }, "Closing the incident"),
  });
  body.append(blockForm, alertForm, monitor, noteForm, close);
  return {
    section,
    update(view: PlayerView) {
      close.disabled = view.ended;
    },
  };
}

function small(title: string, control: HTMLElement, submit: string, onSubmit: () => void): HTMLFormElement {
  const form = el("form", { "aria-label": title }, control, el("button", { type: "submit", text: submit }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit();
  });
  return form;
}

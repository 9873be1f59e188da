import type { PlayerView } from "../../engine/playerView";
import { actionForm } from "../actionForm";
import { el, field, panel } from "../dom";
import { createFeedback } from "../feedback";
import { ipAddressProblem } from "../ipAddress";
import { bindDraft, clearDrafts } from "../opsRoomMemory";
import type { Panel, PanelContext } from "./panelContext";

/** Actions without a node: block an IP, add alerting, monitor for re-entry, note for the record, close the incident. */
export function createMitigationPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Mitigation and record", "mitigation");
  const ip = el("input", {
    type: "text",
    autocomplete: "off",
    inputmode: "decimal",
    spellcheck: "false",
    placeholder: "e.g. 198.51.100.23",
  });
  const alerting = el("input", { type: "text", autocomplete: "off" });
  const note = el("textarea", { rows: 2 });
  bindDraft(ctx.memory, "mitigation.ip", ip);
  bindDraft(ctx.memory, "mitigation.alerting", alerting);
  bindDraft(ctx.memory, "mitigation.note", note);
  const ipField = field("IP address", ip, "IPv4 or IPv6, optionally with a /prefix.");
  const ipError = el("p", { class: "field-error", id: `${ip.id}-error` });
  ipField.append(ipError);
  const checkIp = (showEmpty: boolean): boolean => {
    const problem = ipAddressProblem(ip.value);
    const shown = problem && (showEmpty || ip.value.trim() !== "") ? problem : "";
    ipError.textContent = shown;
    ip.setAttribute("aria-invalid", String(shown !== ""));
    ip.setAttribute("aria-describedby", `${ip.id}-hint${shown ? ` ${ipError.id}` : ""}`);
    return problem === undefined;
  };
  ip.addEventListener("input", () => checkIp(false));
  if (ip.value) checkIp(false);
  const blockForm = actionForm({
    label: "Block an IP address",
    fields: [ipField],
    submit: "Block IP",
    onSubmit: (feedback) => {
      if (!checkIp(true)) {
        feedback.clear();
        ip.focus();
        return;
      }
      const address = ip.value.trim();
      if (ctx.act({ type: "block-ip", ip: address }, `Blocking ${address}.`, feedback)) clearDrafts(ip);
    },
  });
  const alertForm = actionForm({
    label: "Add alerting",
    fields: [field("What the alert watches for", alerting)],
    submit: "Add alerting",
    onSubmit: (feedback) => {
      if (!alerting.value.trim()) return feedback.error("Describe what the alert watches for first.");
      if (ctx.act({ type: "add-alerting", description: alerting.value.trim() }, "Adding alerting.", feedback))
        clearDrafts(alerting);
    },
  });
  const noteForm = actionForm({
    label: "Note for the record",
    fields: [field("Note", note)],
    submit: "Add note",
    onSubmit: (feedback) => {
      if (!note.value.trim()) return feedback.error("Write the note first.");
      if (ctx.act({ type: "note", text: note.value.trim() }, "Note recorded.", feedback)) clearDrafts(note);
    },
  });
  const monitorFeedback = createFeedback();
  const monitor = el("button", {
    type: "button",
    text: "Monitor for re-entry",
    onclick: () => ctx.act({ type: "monitor-reentry" }, "Monitoring for re-entry.", monitorFeedback),
  });
  const closeFeedback = createFeedback();
  const close = el("button", {
    type: "button",
    class: "danger",
    text: "Close the incident",
    onclick: () => ctx.act({ type: "close-incident" }, "Closing the incident.", closeFeedback),
  });
  body.append(
    blockForm,
    alertForm,
    el("div", {}, monitor, monitorFeedback.element),
    noteForm,
    el("div", {}, close, closeFeedback.element),
  );
  return {
    section,
    update(view: PlayerView) {
      close.disabled = view.ended;
    },
  };
}

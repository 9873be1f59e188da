import type { PlayerView } from "../../engine/playerView";
import { parseTypedSimTime } from "../../engine/simTime";
import { formatClockTime, formatWhen } from "../../engine/wallClock";
import { el, field, panel, select } from "../dom";
import { createFeedback } from "../feedback";
import { bindDraft } from "../opsRoomMemory";
import { replaceOptions } from "./composerPanel";
import type { Panel, PanelContext } from "./panelContext";

/** Investigation (log source, target, time span) and the case file of discovered facts. */
export function createInvestigationPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Investigation", "investigation");
  const source = select([]);
  const target = select([]);
  const from = el("input", { type: "text", autocomplete: "off", placeholder: "e.g. T-10d" });
  const to = el("input", { type: "text", autocomplete: "off", placeholder: "e.g. T+0" });
  bindDraft(ctx.memory, "investigate.source", source);
  bindDraft(ctx.memory, "investigate.target", target);
  bindDraft(ctx.memory, "investigate.from", from);
  bindDraft(ctx.memory, "investigate.to", to);
  const error = el("p", { class: "field-error", id: "investigate-time-error" });
  const feedback = createFeedback();
  const checkTimes = (): boolean => {
    const bad = [from, to].filter(
      (input) =>
        input.value.trim() && parseTypedSimTime(input.value, ctx.port.view().scenario.start) === undefined,
    );
    for (const input of [from, to]) input.setAttribute("aria-invalid", String(bad.includes(input)));
    error.textContent =
      bad.length > 0 ? "Times look like 2026-11-14 04:12, T-3d +04:12, T+1:30 or T+45m." : "";
    return bad.length === 0;
  };
  from.addEventListener("input", checkTimes);
  to.addEventListener("input", checkTimes);
  const form = el(
    "form",
    { "aria-label": "Investigate a log source" },
    field("Log source", source),
    field("Target (optional)", target),
    field(
      "From (sim time)",
      from,
      "Leave empty to search the whole retention. Formats: a date and time (2026-11-14 04:12), T-3d +04:12 (3 days before the first alert, then 4 h 12 min on), T+1:30, T+45m.",
    ),
    field("To (sim time)", to),
    error,
    el("button", { type: "submit", text: "Investigate" }),
    feedback.element,
  );
  for (const input of [from, to])
    input.setAttribute(
      "aria-describedby",
      `${input.getAttribute("aria-describedby") ?? ""} ${error.id}`.trim(),
    );
  checkTimes();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!checkTimes()) {
      feedback.clear();
      return;
    }
    const start = parseTypedSimTime(from.value, ctx.port.view().scenario.start);
    const end = parseTypedSimTime(to.value, ctx.port.view().scenario.start);
    ctx.act(
      {
        type: "investigate",
        logSource: source.value,
        ...(target.value ? { target: target.value } : {}),
        ...(start !== undefined ? { from: start } : {}),
        ...(end !== undefined ? { to: end } : {}),
      },
      `Investigating ${source.selectedOptions[0]?.textContent ?? source.value}.`,
      feedback,
    );
  });

  const caseFile = el("ol", { class: "case-file", "aria-label": "Case file" });
  body.append(form, el("h3", { text: "Case file" }), caseFile);

  let last = "";
  const update = (view: PlayerView) => {
    const signature = JSON.stringify([
      view.logSources,
      view.caseFile,
      view.instances.length,
      view.credentials.length,
    ]);
    if (signature === last) return;
    last = signature;
    replaceOptions(
      source,
      view.logSources.map((log) => ({
        value: log.id,
        label: `${log.name}${log.knownDestroyed ? " (destroyed)" : log.preserved ? " (preserved)" : ""}`,
      })),
    );
    replaceOptions(target, [
      { value: "", label: "Anything" },
      ...view.instances.map((instance) => ({
        value: instance.id,
        label: `${instance.name} (${instance.ip})`,
      })),
      ...view.credentials.map((credential) => ({ value: credential.id, label: credential.name })),
    ]);
    caseFile.replaceChildren(
      ...(view.caseFile.length === 0
        ? [el("li", { class: "empty", text: "No facts discovered yet." })]
        : view.caseFile.map((fact) =>
            el(
              "li",
              { class: "fact" },
              el("strong", { text: formatClockTime(view.scenario.start, fact.at) }),
              el("p", { text: fact.text }),
              el("p", {
                class: "fact-meta",
                text: `Found ${formatWhen(view.scenario.start, fact.discoveredAt)} via ${fact.via}`,
              }),
            ),
          )),
    );
  };
  return { section, update };
}

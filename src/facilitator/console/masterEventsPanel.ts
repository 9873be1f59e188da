import type { ControlIntent } from "../../engine/log";
import { formatSimTime } from "../../engine/time";
import { el, panel } from "../../ui/dom";
import { type MasterEvent, masterEvents } from "../masterEvents";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel, ConsoleSnapshot } from "./consoleDeps";

/**
 * The master scenario events list (controller-only): every inject with its time, status, expected actions and
 * evaluator notes, with fire now / hold / skip / release; then the attacker script as it stands.
 */
export function masterEventsPanel(runner: SessionRunner): ConsolePanel {
  const { section, body } = panel(
    "Master scenario events list (controller only)",
    "master-events wide controller",
  );
  let last = "";
  const send = (intent: ControlIntent) => runner.control(intent);
  return {
    section,
    update(snapshot) {
      const rows = masterEvents(runner.scenario, snapshot.log, runner.inputs());
      const signature = JSON.stringify([
        rows.map((row) => [row.inject, row.status]),
        snapshot.view.ended,
        attackerRows(snapshot),
      ]);
      if (signature === last) return;
      last = signature;
      body.replaceChildren(
        el(
          "div",
          { class: "scroll", tabindex: "0", role: "region", "aria-label": "Injects" },
          el(
            "table",
            {},
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                ...["When", "Inject", "Status", "Expected actions", "Evaluator notes", "Control"].map(
                  (title) => el("th", { scope: "col", text: title }),
                ),
              ),
            ),
            el("tbody", {}, ...rows.map((row) => injectRow(row, send, snapshot.view.ended))),
          ),
        ),
        el("h3", { text: "Attacker script" }),
        el("ul", {}, ...attackerRows(snapshot).map((line) => el("li", { text: line }))),
      );
    },
  };
}

function injectRow(row: MasterEvent, send: (intent: ControlIntent) => void, ended: boolean): HTMLElement {
  const when = [
    row.at !== undefined ? formatSimTime(row.at) : "",
    row.conditional ? "on condition" : "",
    row.contingency ? "contingency" : "",
  ]
    .filter(Boolean)
    .join(", ");
  const open = !ended && (row.status === "pending" || row.status === "held");
  const button = (label: string, intent: ControlIntent, enabled: boolean) =>
    el("button", {
      type: "button",
      class: "secondary",
      text: label,
      "aria-label": `${label} ${row.inject}`,
      disabled: !enabled,
      onclick: () => send(intent),
    });
  return el(
    "tr",
    { "data-inject": row.inject },
    el("td", { text: when || "—" }),
    el(
      "td",
      {},
      el("strong", { text: row.inject }),
      el("div", { text: `${row.from} · ${row.channel}${row.subject ? ` · ${row.subject}` : ""}` }),
      el("div", { class: "muted", text: row.body }),
    ),
    el("td", {
      class: `status-${row.status}`,
      text: row.deliveredAt !== undefined ? `${row.status} ${formatSimTime(row.deliveredAt)}` : row.status,
    }),
    el("td", { text: row.expectedActions.join(", ") || "—" }),
    el("td", {
      text: [
        row.evaluatorNotes,
        row.temptation ? `Temptation: ${row.temptation}` : "",
        row.tests.length ? `Tests: ${row.tests.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join(" · "),
    }),
    el(
      "td",
      {},
      button("Fire now", { type: "inject.fire", inject: row.inject }, open),
      button("Hold", { type: "inject.hold", inject: row.inject }, open && row.status === "pending"),
      button(
        "Release",
        { type: "inject.release", inject: row.inject },
        open && (row.status === "held" || row.contingency),
      ),
      button("Skip", { type: "inject.skip", inject: row.inject }, open),
    ),
  );
}

function attackerRows(snapshot: ConsoleSnapshot): string[] {
  const done = new Map<string, string>();
  for (const entry of snapshot.log) {
    if (entry.type === "attacker.step") done.set(entry.step, `done at ${formatSimTime(entry.at)}`);
    if (entry.type === "attacker.skipped")
      done.set(entry.step, `skipped at ${formatSimTime(entry.at)}: ${entry.reason}`);
  }
  return snapshot.runner.scenario.attacker.map(
    (step) => `${formatSimTime(step.at)} ${step.title} — ${done.get(step.id) ?? "not yet"}`,
  );
}

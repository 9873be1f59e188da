import { formatSimTime } from "../../engine/time";
import { el, field, panel } from "../../ui/dom";
import { describeLogEntry } from "../describeLogEntry";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel, Notifier } from "./consoleDeps";

const LINKABLE = 60;

/** Timestamped facilitator observations, each optionally linked to the log entry it is about. */
export function observationPanel(runner: SessionRunner, notify: Notifier): ConsolePanel {
  const { section, body } = panel("Observations", "observations controller");
  const text = el("textarea", { name: "observation" });
  const link = el("select", { name: "log-ref" });
  const form = el(
    "form",
    { "aria-label": "Record an observation" },
    field("Observation", text),
    field("Linked log entry (optional)", link),
    el("button", { type: "submit", text: "Record observation" }),
  );
  const list = el("ul", { "aria-label": "Recorded observations" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = text.value.trim();
    if (!value) return notify.alert("Write the observation first.");
    runner.control({
      type: "observation",
      text: value,
      ...(link.value ? { logRef: Number(link.value) } : {}),
    });
    notify.notice("Observation recorded.");
    text.value = "";
  });
  body.append(form, list);
  let seen = -1;
  return {
    section,
    update({ log }) {
      if (log.length === seen) return;
      seen = log.length;
      const chosen = link.value;
      link.replaceChildren(
        el("option", { value: "", text: "—" }),
        ...log
          .slice(-LINKABLE)
          .reverse()
          .map((entry) =>
            el("option", {
              value: String(entry.seq),
              text: `#${entry.seq} ${formatSimTime(entry.at)} ${describeLogEntry(entry)}`,
            }),
          ),
      );
      link.value = chosen;
      list.replaceChildren(
        ...log.flatMap((entry) =>
          entry.type === "observation"
            ? [
                el("li", {
                  text: `${formatSimTime(entry.at)} ${entry.text}${entry.logRef !== undefined ? ` (re #${entry.logRef})` : ""}`,
                }),
              ]
            : [],
        ),
      );
    },
  };
}

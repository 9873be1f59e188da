import { formatSimTime } from "../../engine/time";
import { el, panel } from "../../ui/dom";
import { describeLogEntry } from "../describeLogEntry";
import { roleTitle } from "../roster";
import type { ConsolePanel } from "./consoleDeps";

const SHOWN = 80;

/** The drill's event log, newest first (controller only: it names attacker steps and hidden facts). */
export function logPanel(): ConsolePanel {
  const { section, body } = panel("Event log (controller only)", "log-panel controller");
  const list = el("ol", {
    class: "log",
    reversed: true,
    tabindex: "0",
    "aria-label": "Log entries, newest first",
  });
  body.append(list);
  let seen = -1;
  return {
    section,
    update({ log }) {
      if (log.length === seen) return;
      seen = log.length;
      list.replaceChildren(
        ...log
          .slice(-SHOWN)
          .reverse()
          .map((entry) => {
            const person =
              (entry.actor?.kind === "team" || entry.actor?.kind === "facilitator") && entry.actor.name
                ? ` · ${entry.actor.name}`
                : "";
            const by =
              "by" in entry && typeof entry.by === "string" && entry.type !== "foothold.closed"
                ? ` [${roleTitle(entry.by as never)}${person}]`
                : "";
            return el("li", {
              value: String(entry.seq + 1),
              text: `#${entry.seq} ${formatSimTime(entry.at)} ${describeLogEntry(entry)}${by}`,
            });
          }),
      );
    },
  };
}

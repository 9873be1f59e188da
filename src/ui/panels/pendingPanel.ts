import { ACTION_CATALOG, actionTarget } from "../../engine/actions";
import type { PlayerView } from "../../engine/playerView";
import { formatClockTime } from "../../engine/wallClock";
import { el, panel } from "../dom";
import type { Panel } from "./panelContext";

/** Actions under way with the sim time each completes. */
export function createPendingPanel(): Panel {
  const { section, body } = panel("Under way", "pending");
  const list = el("ul", { "aria-label": "Pending actions" });
  body.append(list);
  let last = "";
  return {
    section,
    update(view: PlayerView) {
      const signature = JSON.stringify(view.pending);
      if (signature === last) return;
      last = signature;
      list.replaceChildren(
        ...(view.pending.length === 0
          ? [el("li", { class: "empty", text: "Nothing under way." })]
          : view.pending.map((pending) => {
              const target = actionTarget(pending.action);
              const label = ACTION_CATALOG.get(pending.action.type)?.label ?? pending.action.type;
              const queued =
                pending.startsAt !== undefined && pending.startsAt > view.now
                  ? `queued for ${pending.by ?? "you"} until ${formatClockTime(view.scenario.start, pending.startsAt)}, `
                  : "";
              return el("li", {
                class: queued ? "queued" : "",
                text: `${label}${target ? ` (${target})` : ""} — ${queued}done at ${formatClockTime(view.scenario.start, pending.completesAt)}`,
              });
            })),
      );
    },
  };
}

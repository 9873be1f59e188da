import type { PlayerView } from "../../engine/playerView";
import { formatClockTime } from "../../engine/wallClock";
import { el, panel } from "../dom";
import type { Panel } from "./panelContext";

const KIND_LABEL = {
  action: "You",
  attacker: "Detected",
  evidence: "Evidence",
  system: "System",
  business: "Business",
} as const;

/** The activity feed: completed actions, detected attacker activity, lost evidence, sent messages. */
export function createActivityPanel(): Panel {
  const { section, body } = panel("Activity", "activity");
  const list = el("ol", { class: "activity-feed", "aria-label": "Activity, newest first" });
  body.append(list);
  let last = "";
  return {
    section,
    update(view: PlayerView) {
      const signature = JSON.stringify([view.activity, view.sent.length]);
      if (signature === last) return;
      last = signature;
      const items = [
        ...view.activity.map((item) => ({
          at: item.at,
          kind: KIND_LABEL[item.kind],
          text: item.text,
          css: item.kind,
        })),
        ...view.sent.map((message) => ({
          at: message.at,
          kind: "Sent",
          text: `on ${message.channel}${message.to.length > 0 ? ` to ${message.to.join(", ")}` : ""}: ${message.subject ? `${message.subject} — ` : ""}${message.body}`,
          css: "sent",
        })),
      ].sort((a, b) => b.at - a.at);
      list.replaceChildren(
        ...(items.length === 0
          ? [el("li", { class: "empty", text: "Nothing has happened yet." })]
          : items
              .slice(0, 200)
              .map((item) =>
                el(
                  "li",
                  { class: `activity-${item.css}` },
                  el("strong", { text: `${formatClockTime(view.scenario.start, item.at)} ${item.kind}: ` }),
                  item.text,
                ),
              )),
      );
    },
  };
}

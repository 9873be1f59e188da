import type { PlayerView } from "../engine/playerView";
import { formatClockTime } from "../engine/wallClock";
import { opsPicture } from "../presentation/opsNodes";
import { el } from "./dom";

/** The attack path drawn on the map, as a list (its accessible twin); rebuilt only when the path changes. */
export function createAttackPathList(): { element: HTMLElement; update(view: PlayerView): void } {
  const summary = el("summary", { class: "note-toggle", text: "Attack path as uncovered: nothing yet" });
  const list = el("ol", { class: "attack-steps" });
  const element = el("details", { class: "attack-path" }, summary, list);
  let last = "";
  return {
    element,
    update(view) {
      const { nodes, path } = opsPicture(view);
      const signature = JSON.stringify(path);
      if (signature === last) return;
      last = signature;
      const name = (key: string) => nodes.find((node) => node.key === key)?.short ?? key;
      const { start } = view.scenario;
      summary.textContent =
        path.steps.length === 0
          ? "Attack path as uncovered: nothing yet"
          : `Attack path as uncovered: ${path.steps.length} step${path.steps.length === 1 ? "" : "s"}`;
      list.replaceChildren(
        ...(path.steps.length === 0
          ? [el("li", { class: "empty", text: "Investigate log sources; what you find is drawn here." })]
          : path.steps.map((step) =>
              el("li", {
                value: String(step.number),
                text: `${formatClockTime(start, step.at)}${step.keys.length > 0 ? `: ${step.keys.map(name).join(" → ")}` : ""}`,
              }),
            )),
      );
    },
  };
}

import type { PlayerView } from "../../engine/playerView";
import { formatWhen } from "../../engine/wallClock";
import { opsNodes } from "../../presentation/opsNodes";
import { el, uniqueId } from "../dom";

/** Step-by-step replay: a slider over the inputs; each position shows the drill rebuilt up to that input. */
export function renderReplay(replay: {
  steps: number;
  describe(step: number): string;
  viewAt(steps: number): PlayerView;
}): HTMLElement {
  const sliderId = uniqueId("replay");
  const slider = el("input", {
    type: "range",
    id: sliderId,
    min: "0",
    max: String(replay.steps),
    step: "1",
    value: String(replay.steps),
  });
  const output = el("div", { class: "replay-output", "aria-live": "polite" });
  const show = () => {
    const steps = Number(slider.value);
    const view = replay.viewAt(steps);
    slider.setAttribute(
      "aria-valuetext",
      `${steps} of ${replay.steps} decisions, ${formatWhen(view.scenario.start, view.now)}`,
    );
    output.replaceChildren(
      el(
        "p",
        {},
        el("strong", {
          text: `${formatWhen(view.scenario.start, view.now)} — after ${steps} of ${replay.steps} decisions`,
        }),
      ),
      el("p", {
        text: steps > 0 ? `Last decision: ${replay.describe(steps - 1)}` : "Before the first decision.",
      }),
      el(
        "ul",
        { class: "replay-states" },
        ...opsNodes(view)
          .filter(
            (node) => node.kind === "instance" || node.kind === "credential" || node.kind === "provider",
          )
          .map((node) =>
            el("li", { text: `${node.name}: ${node.states.map((state) => state.text).join(", ")}` }),
          ),
      ),
      el("p", {
        text: `Facts found: ${view.caseFile.length}; messages sent: ${view.sent.length}; statements: ${view.statements.length}`,
      }),
    );
  };
  slider.addEventListener("input", show);
  slider.addEventListener("change", show);
  const section = el(
    "section",
    { "aria-labelledby": `${sliderId}-h`, class: "replay" },
    el("h2", { id: `${sliderId}-h`, text: "Replay" }),
    el("label", { for: sliderId, text: "Replay up to decision" }),
    slider,
    output,
  );
  show();
  return section;
}

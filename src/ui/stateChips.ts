import { NODE_TONES } from "../presentation/nodeTones";
import type { NodeState } from "../presentation/opsNodes";
import { el } from "./dom";

/** A node's states as chips painted in the map's tones (unchanged states as plain words), read as a list. */
export function stateChips(states: readonly NodeState[]): HTMLElement[] {
  return states.flatMap((state, index) => {
    const chip = el("span", {
      class: state.tone === "normal" ? "chip chip-plain" : "chip",
      "data-tone": state.tone,
      text: state.text,
    });
    if (state.tone !== "normal") {
      chip.style.setProperty("--chip-fill", NODE_TONES[state.tone].fill);
      chip.style.setProperty("--chip-ink", NODE_TONES[state.tone].ink);
    }
    return index === 0 ? [chip] : [el("span", { class: "visually-hidden", text: ", " }), chip];
  });
}

import { MAP_MARKS, NODE_TONES, type NodeTone } from "../presentation/nodeTones";
import { el } from "./dom";

const SHOWN: readonly NodeTone[] = [
  "normal",
  "compromised",
  "attacker",
  "contained",
  "secured",
  "down",
  "gone",
  "evidence",
  "pending",
];

/** The map's legend, drawn from the same palette as the map and the node table. */
export function mapLegend(): HTMLElement {
  const swatch = (fill: string, style: "fill" | "outline" | "line") => {
    const mark = el("span", { class: `swatch swatch-${style}`, "aria-hidden": "true" });
    mark.style.setProperty("--swatch", fill);
    return mark;
  };
  const items = SHOWN.map((tone) =>
    el(
      "li",
      {},
      swatch(NODE_TONES[tone].fill, tone === "evidence" || tone === "pending" ? "outline" : "fill"),
      NODE_TONES[tone].legend,
    ),
  );
  items.push(
    el("li", {}, swatch(NODE_TONES.compromised.fill, "fill"), "Red stripe: compromised, handled"),
    el("li", {}, swatch(MAP_MARKS.path.colour, "line"), MAP_MARKS.path.legend),
    el("li", {}, swatch(MAP_MARKS.selected.colour, "outline"), MAP_MARKS.selected.legend),
  );
  return el("ul", { class: "map-legend", "aria-label": "Map legend" }, ...items);
}

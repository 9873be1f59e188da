import { el } from "./dom";

/**
 * The ops room's frame while the drill loads: the same grid with the map's host in its place, so the map can start
 * (Phaser boots into `sceneHost`) before the panels exist; mountOpsRoom then takes the host over.
 */
export function opsRoomShell(sceneHost: HTMLElement, message: string): HTMLElement {
  return el(
    "div",
    { class: "ops-room" },
    el("header", { class: "ops-header" }, el("p", { role: "status", class: "loading", text: message })),
    el(
      "div",
      { class: "ops-grid" },
      el("div", { class: "ops-left" }),
      el(
        "section",
        { class: "map-panel", "aria-label": "Map" },
        el("div", { class: "map-bar" }, el("h2", { text: "Map" })),
        sceneHost,
      ),
      el("div", { class: "ops-right" }),
    ),
  );
}

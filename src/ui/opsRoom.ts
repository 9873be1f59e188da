import type { PlayerAction } from "../engine/actions";
import type { DrillPort, PlayerView } from "../engine/playerView";
import { el } from "./dom";
import type { DrillSettings } from "./drillSettings";
import { createActionsPanel } from "./panels/actionsPanel";
import { createActivityPanel } from "./panels/activityPanel";
import { createChecklistPanel } from "./panels/checklistPanel";
import { createClockPanel } from "./panels/clockPanel";
import { createComposerPanel } from "./panels/composerPanel";
import { createInboxPanel } from "./panels/inboxPanel";
import { createInvestigationPanel } from "./panels/investigationPanel";
import { createMitigationPanel } from "./panels/mitigationPanel";
import { createNodeListPanel } from "./panels/nodeListPanel";
import {
  createSelectionStore,
  type Panel,
  type PanelContext,
  type SelectionStore,
} from "./panels/panelContext";
import { createPendingPanel } from "./panels/pendingPanel";
import { createStatementPanel } from "./panels/statementPanel";
import { createTeamPanel } from "./panels/teamPanel";

export interface OpsRoomOptions {
  port: DrillPort;
  settings: DrillSettings;
  /** The player changed the live speed. */
  onSpeed(minutesPerSecond: number): void;
  /** The player confirmed ending the drill. */
  onEnd(): void;
  /** Export the drill to a file. */
  onExport(): void;
  /** Initial reduced-motion preference (prefers-reduced-motion) and its toggle. */
  reducedMotion: boolean;
  onReducedMotion(reduced: boolean): void;
}

export interface OpsRoomHandle {
  /** Where the canvas mounts (the map); hidden from assistive tech, whose twin is the node list. */
  sceneHost: HTMLElement;
  /** Shows the map's loading progress (0–1), or removes the indicator when `undefined`. */
  mapProgress(fraction: number | undefined, message?: string): void;
  selection: SelectionStore;
  /** Shows a message in the alert region (storage errors, refused imports). */
  alert(message: string): void;
  announce(message: string): void;
  /** Moves focus to the selected node's actions (after a canvas click). */
  focusActions(): void;
  destroy(): void;
}

/** Mounts the ops room's DOM panels into `root`, subscribed to the drill port; the canvas mounts into `sceneHost`. */
export function mountOpsRoom(root: HTMLElement, options: OpsRoomOptions): OpsRoomHandle {
  const { port, settings } = options;
  const selection = createSelectionStore();
  const liveRegion = el("div", { class: "visually-hidden", "aria-live": "polite", "aria-atomic": "true" });
  const alertRegion = el("div", { class: "alert-region", role: "alert" });
  const announce = (message: string) => {
    liveRegion.textContent = "";
    liveRegion.textContent = message;
  };
  const ctx: PanelContext = {
    port,
    selection,
    announce,
    act(action: PlayerAction, confirmation: string) {
      if (port.view().ended) {
        announce("The drill is over.");
        return;
      }
      port.submit(action);
      announce(confirmation);
    },
  };
  let speed = settings.minutesPerSecond;
  const clock = createClockPanel(ctx, {
    pacing: settings.pacing,
    getSpeed: () => speed,
    setSpeed: (value) => {
      speed = value;
      options.onSpeed(value);
    },
    onEnd: options.onEnd,
  });
  const sceneHost = el("div", { class: "scene-host", "aria-hidden": "true" });
  const progress = el("progress", { max: "1", "aria-label": "Loading the ops-room map" });
  const mapStatus = el(
    "div",
    { class: "map-status", role: "status" },
    "Loading the ops-room map… ",
    progress,
  );
  const motion = el("input", { type: "checkbox", id: "reduce-motion" });
  motion.checked = options.reducedMotion;
  motion.addEventListener("change", () => options.onReducedMotion(motion.checked));
  const motionToggle = el(
    "div",
    { class: "checkbox motion-toggle" },
    motion,
    el("label", { for: "reduce-motion", text: "Reduce motion" }),
  );
  const panels: Panel[] = [
    clock,
    createNodeListPanel(ctx),
    createActionsPanel(ctx),
    createInboxPanel(ctx),
    createTeamPanel(ctx),
    createComposerPanel(ctx),
    createInvestigationPanel(ctx),
    createPendingPanel(),
    createActivityPanel(),
    createStatementPanel(ctx),
    createMitigationPanel(ctx),
  ];
  if (settings.assist) panels.push(createChecklistPanel(() => port.inputs()));
  const [, nodes, actions, ...side] = panels as [Panel, Panel, Panel, ...Panel[]];

  const view = port.view();
  const title = el("h1", { text: view.scenario.title });
  const exportButton = el("button", { type: "button", text: "Export drill", onclick: options.onExport });
  const layout = el(
    "div",
    { class: "ops-room" },
    el("header", { class: "ops-header" }, title, clock.section, exportButton),
    alertRegion,
    el(
      "div",
      { class: "ops-main" },
      el(
        "div",
        { class: "map-column" },
        el("section", { class: "map", "aria-label": "Ops-room map" }, mapStatus, motionToggle, sceneHost),
        nodes.section,
        actions.section,
      ),
      el("div", { class: "panel-column" }, ...side.map((p) => p.section)),
    ),
    liveRegion,
  );
  root.replaceChildren(layout);

  const render = (next: PlayerView) => {
    for (const p of panels) p.update(next);
  };
  render(view);
  const unsubscribe = port.subscribe(render);
  return {
    sceneHost,
    mapProgress(fraction, message) {
      if (fraction === undefined) {
        mapStatus.replaceChildren(message ?? "");
        mapStatus.classList.toggle("visually-hidden", !message);
        return;
      }
      progress.value = fraction;
    },
    selection,
    announce,
    alert(message: string) {
      alertRegion.replaceChildren(el("p", { text: message }));
    },
    focusActions() {
      actions.section.querySelector<HTMLElement>(".selected-node")?.focus();
    },
    destroy() {
      unsubscribe();
    },
  };
}

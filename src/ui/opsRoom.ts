import type { PlayerAction } from "../engine/actions";
import type { DrillPort, PlayerView } from "../engine/playerView";
import { createAttackPathList } from "./attackPathList";
import { createBusinessTrackList } from "./businessTrackList";
import { createDesk, type DeskTab } from "./deskTabs";
import { el } from "./dom";
import type { DrillSettings } from "./drillSettings";
import { mapLegend } from "./mapLegend";
import { forgetfulMemory, type OpsRoomMemory } from "./opsRoomMemory";
import { createActionsPanel } from "./panels/actionsPanel";
import { createActivityPanel } from "./panels/activityPanel";
import { createChecklistPanel } from "./panels/checklistPanel";
import { createClockPanel } from "./panels/clockPanel";
import { createComposerPanel } from "./panels/composerPanel";
import { createInboxPanel } from "./panels/inboxPanel";
import { createInvestigationPanel } from "./panels/investigationPanel";
import { createMitigationPanel } from "./panels/mitigationPanel";
import { createNodeListPanel } from "./panels/nodeListPanel";
import { createSelectionStore, type PanelContext, type SelectionStore } from "./panels/panelContext";
import { createPendingPanel } from "./panels/pendingPanel";
import { createStatementPanel } from "./panels/statementPanel";
import { createTeamPanel } from "./panels/teamPanel";
import { installShortcuts, type Shortcut } from "./shortcuts";
import { submitAction } from "./submitAction";

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
  /** Drafts and read state kept for this drill (defaults to memory that ends with the page). */
  memory?: OpsRoomMemory;
  /** Whether single-key shortcuts are on, and where a change of mind is kept. */
  shortcuts?: { enabled: boolean; onChange(enabled: boolean): void };
  /** The map's host when the map was started before the room (see opsRoomShell); else a new one. */
  sceneHost?: HTMLElement;
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
  /** Makes the room read-only with a reason and a way to take the drill over, or writable again (undefined). */
  setReadOnly(reason: string | undefined, takeOver?: () => void): void;
  /** Says where the drill is kept (e.g. "Saved 14:05 as Borrowed Keys, 3 Dec"). */
  setSaveStatus(text: string): void;
  destroy(): void;
}

/**
 * Mounts the ops room into `root` on one screen: a top bar with the clock, the inbox and node list, the map, and the
 * selected node's actions with the desk (team, comms, investigation, …) beside it; panels scroll inside themselves.
 */
export function mountOpsRoom(root: HTMLElement, options: OpsRoomOptions): OpsRoomHandle {
  const { port, settings } = options;
  const memory = options.memory ?? forgetfulMemory();
  const selection = createSelectionStore();
  const liveRegion = el("div", { class: "visually-hidden", "aria-live": "polite", "aria-atomic": "true" });
  const alertRegion = el("div", { class: "alert-region", role: "alert" });
  let readOnly: string | undefined;
  const announce = (message: string) => {
    liveRegion.textContent = "";
    liveRegion.textContent = message;
  };
  const ctx: PanelContext = {
    port,
    selection,
    memory,
    announce,
    readOnly: () => readOnly,
    act(action: PlayerAction, confirmation: string, feedback) {
      const outcome = submitAction(port, action, readOnly);
      if (!outcome.ok) {
        if (feedback) feedback.error(outcome.reason);
        else announce(outcome.reason);
        return false;
      }
      if (feedback) feedback.done(confirmation);
      else announce(confirmation);
      return true;
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
  const arrival = el("div", { class: "arrival", hidden: true });
  const inbox = createInboxPanel(ctx, (items) => {
    const latest = items[items.length - 1];
    if (!latest) return;
    arrival.replaceChildren(
      el("span", {
        class: "arrival-label",
        text: items.length > 1 ? `${items.length} new messages` : "New message",
      }),
      el("button", {
        type: "button",
        class: "link",
        text: `${latest.fromName} via ${latest.channelName}${latest.subject ? `: ${latest.subject}` : ""}`,
        onclick: () => {
          arrival.hidden = true;
          inbox.open(latest.inject);
        },
      }),
      el("button", {
        type: "button",
        class: "link dismiss",
        "aria-label": "Dismiss the new-message notice",
        text: "×",
        onclick: () => {
          arrival.hidden = true;
        },
      }),
    );
    arrival.hidden = false;
  });
  const actions = createActionsPanel(ctx);
  const focusActions = () => actions.section.querySelector<HTMLElement>(".selected-node")?.focus();
  const nodes = createNodeListPanel(ctx, focusActions);
  const pending = createPendingPanel();

  const sceneHost = options.sceneHost ?? el("div", { class: "scene-host", "aria-hidden": "true" });
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
  const attackPath = createAttackPathList();
  const business = createBusinessTrackList();
  // why: on a short screen the legend starts folded so the map keeps its height; one click opens it.
  const legend = el(
    "details",
    { class: "legend", open: typeof innerHeight !== "number" || innerHeight >= 850 },
    el("summary", { class: "note-toggle", text: "Legend" }),
    mapLegend(),
  );
  const mapPanel = el(
    "section",
    { id: "map", class: "map-panel", "aria-labelledby": "map-heading", tabindex: "-1" },
    el(
      "div",
      { class: "map-bar" },
      el("h2", { id: "map-heading", text: "Map" }),
      el(
        "div",
        { class: "checkbox motion-toggle" },
        motion,
        el("label", { for: "reduce-motion", text: "Reduce motion" }),
      ),
    ),
    mapStatus,
    sceneHost,
    el("div", { class: "map-notes" }, business.element, legend, attackPath.element),
  );

  const tabs: DeskTab[] = [
    { id: "team", label: "Team", key: "1", create: () => createTeamPanel(ctx) },
    { id: "comms", label: "Comms", key: "2", create: () => createComposerPanel(ctx) },
    { id: "investigate", label: "Investigate", key: "3", create: () => createInvestigationPanel(ctx) },
    { id: "statement", label: "Statement", key: "4", create: () => createStatementPanel(ctx) },
    { id: "mitigate", label: "Mitigate", key: "5", create: () => createMitigationPanel(ctx) },
    { id: "activity", label: "Activity", key: "6", create: () => createActivityPanel() },
  ];
  if (settings.assist)
    tabs.push({
      id: "checklist",
      label: "Checklist",
      key: "7",
      create: () => createChecklistPanel(() => port.inputs()),
    });
  const desk = createDesk(tabs, {
    initial: memory.draft("desk.tab"),
    onShow: (id) => memory.setDraft("desk.tab", id),
    view: () => port.view(),
  });

  const focusFirst = (container: HTMLElement, selector: string) =>
    (container.querySelector<HTMLElement>(selector) ?? container).focus();
  const goInbox = () => focusFirst(inbox.section, ".inject-toggle");
  const goNodes = () => focusFirst(nodes.section, `.node-select[aria-pressed="true"], .node-select`);
  const goActions = () => focusFirst(actions.section, ".selected-node, h2");
  const goDesk = () => desk.show(desk.current(), true);
  const shortcuts: Shortcut[] = [
    { key: "i", label: "Inbox", run: goInbox },
    { key: "m", label: "Map: the node list", run: goNodes },
    { key: "a", label: "Actions of the selected node", run: goActions },
    { key: "d", label: "Desk tabs", run: goDesk },
    { key: "n", label: "Advance to next event", run: () => clock.advance() },
    { key: "p", label: "Pause or resume", run: () => clock.togglePause() },
    ...tabs.map((tab) => ({
      key: tab.key ?? "",
      label: `Desk: ${tab.label}`,
      run: () => desk.show(tab.id, true),
    })),
  ];
  let shortcutsOn = options.shortcuts?.enabled ?? true;
  const shortcutsBox = el("input", { type: "checkbox", id: "shortcuts-on" });
  shortcutsBox.checked = shortcutsOn;
  shortcutsBox.addEventListener("change", () => {
    shortcutsOn = shortcutsBox.checked;
    options.shortcuts?.onChange(shortcutsOn);
  });
  const help = el(
    "details",
    { class: "shortcuts-help" },
    el("summary", { class: "shortcuts-toggle", text: "Keys" }),
    el(
      "div",
      { class: "shortcuts-body" },
      el(
        "div",
        { class: "checkbox" },
        shortcutsBox,
        el("label", { for: "shortcuts-on", text: "Single-key shortcuts (not while typing)" }),
      ),
      el(
        "dl",
        {},
        ...shortcuts.flatMap((shortcut) => [
          el("dt", {}, el("kbd", { text: shortcut.key.toUpperCase() })),
          el("dd", { text: shortcut.label }),
        ]),
      ),
    ),
  );
  shortcuts.push({
    key: "?",
    label: "Show the keys",
    run: () => {
      help.open = true;
      help.querySelector("summary")?.focus();
    },
  });

  const skipLink = (target: string, text: string, run: () => void) =>
    el("a", {
      href: `#${target}`,
      text,
      onclick: (event: Event) => {
        event.preventDefault();
        run();
      },
    });
  const skipLinks = el(
    "nav",
    { class: "skip-links", "aria-label": "Skip links" },
    skipLink("inbox", "Skip to the inbox", goInbox),
    skipLink("nodes", "Skip to the map's node list", goNodes),
    skipLink("actions-panel", "Skip to the selected node's actions", goActions),
    skipLink("desk", "Skip to team, comms and investigation", goDesk),
  );

  const view = port.view();
  const title = el("h1", { text: view.scenario.title });
  const saveStatus = el("span", { class: "save-status" });
  const readOnlyBanner = el("div", { class: "read-only", role: "status" });
  const exportButton = el("button", { type: "button", text: "Export drill", onclick: options.onExport });
  const layout = el(
    "div",
    { class: "ops-room" },
    skipLinks,
    el(
      "header",
      { class: "ops-header" },
      el(
        "div",
        { class: "ops-title" },
        title,
        el(
          "div",
          { class: "ops-title-tools" },
          saveStatus,
          exportButton,
          el("a", { href: "#/", class: "button-link", text: "Saved drills" }),
          help,
        ),
      ),
      clock.section,
    ),
    readOnlyBanner,
    alertRegion,
    arrival,
    el(
      "div",
      { class: "ops-grid" },
      el("div", { class: "ops-left" }, inbox.section, nodes.section),
      mapPanel,
      el(
        "div",
        { class: "ops-right" },
        el("div", { class: "ops-node" }, actions.section, pending.section),
        desk.section,
      ),
    ),
    liveRegion,
  );
  root.replaceChildren(layout);

  const fixed = [clock, inbox, nodes, actions, pending];
  const render = (next: PlayerView) => {
    for (const panel of fixed) panel.update(next);
    attackPath.update(next);
    business.update(next);
    desk.update(next);
  };
  render(view);
  const unsubscribe = port.subscribe(render);
  const stopShortcuts = installShortcuts(document, shortcuts, () => shortcutsOn);
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
    focusActions,
    setReadOnly(reason, takeOver) {
      readOnly = reason;
      layout.classList.toggle("is-read-only", Boolean(reason));
      readOnlyBanner.replaceChildren(
        ...(reason
          ? [
              el("p", { text: reason }),
              ...(takeOver
                ? [
                    el("button", {
                      type: "button",
                      class: "primary",
                      text: "Use this tab instead",
                      onclick: takeOver,
                    }),
                  ]
                : []),
            ]
          : []),
      );
    },
    setSaveStatus(text) {
      saveStatus.textContent = text;
    },
    destroy() {
      stopShortcuts();
      unsubscribe();
    },
  };
}

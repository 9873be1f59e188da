import type { PlayerView } from "../engine/playerView";
import { el } from "./dom";
import type { Panel } from "./panels/panelContext";

/** One tab of the desk: its label and the panel it shows, built the first time the tab opens. */
export interface DeskTab {
  id: string;
  label: string;
  /** Key that opens it (shown in the shortcut list). */
  key?: string;
  create(): Panel;
}

export interface Desk {
  section: HTMLElement;
  /** Opens a tab (building its panel if needed) and, with `focus`, moves focus to its tab. */
  show(id: string, focus?: boolean): void;
  /** The open tab's id. */
  current(): string;
  update(view: PlayerView): void;
}

/**
 * The desk: the ops room's working panels (team, comms, investigation, …) as tabs, one visible at a time, each panel
 * built when first opened so the first frame does not wait for them.
 */
export function createDesk(
  tabs: readonly DeskTab[],
  options: { initial?: string; onShow?(id: string): void; view(): PlayerView },
): Desk {
  const tablist = el("div", { role: "tablist", "aria-label": "Desk", class: "desk-tabs" });
  const panels = el("div", { class: "desk-panels" });
  const built = new Map<string, Panel>();
  const buttons = new Map<string, HTMLButtonElement>();
  const holders = new Map<string, HTMLElement>();
  let open = tabs.some((tab) => tab.id === options.initial)
    ? (options.initial as string)
    : (tabs[0]?.id ?? "");

  const show = (id: string, focus = false) => {
    const tab = tabs.find((candidate) => candidate.id === id);
    if (!tab) return;
    open = id;
    if (!built.has(id)) {
      const panel = tab.create();
      // why: the tab already names the panel on screen; its heading stays for the region's name and screen readers.
      panel.section.querySelector("h2")?.classList.add("visually-hidden");
      built.set(id, panel);
      holders.get(id)?.append(panel.section);
      panel.update(options.view());
    }
    for (const [tabId, button] of buttons) {
      const selected = tabId === id;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      const holder = holders.get(tabId);
      if (holder) holder.hidden = !selected;
    }
    if (focus) buttons.get(id)?.focus();
    options.onShow?.(id);
  };

  for (const tab of tabs) {
    const tabId = `desk-tab-${tab.id}`;
    const panelId = `desk-panel-${tab.id}`;
    const button = el("button", {
      type: "button",
      role: "tab",
      id: tabId,
      "aria-controls": panelId,
      text: tab.label,
      ...(tab.key ? { "aria-keyshortcuts": tab.key.toUpperCase() } : {}),
      onclick: () => show(tab.id),
    });
    buttons.set(tab.id, button);
    tablist.append(button);
    const holder = el("div", {
      role: "tabpanel",
      id: panelId,
      "aria-labelledby": tabId,
      class: "desk-panel",
    });
    holders.set(tab.id, holder);
    panels.append(holder);
  }
  tablist.addEventListener("keydown", (event) => {
    const index = tabs.findIndex((tab) => tab.id === open);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length];
    if (tab) show(tab.id, true);
  });

  const section = el(
    "section",
    { id: "desk", class: "desk", "aria-label": "Team, comms and investigation" },
    tablist,
    panels,
  );
  show(open);
  return {
    section,
    show,
    current: () => open,
    update(view) {
      for (const panel of built.values()) panel.update(view);
    },
  };
}

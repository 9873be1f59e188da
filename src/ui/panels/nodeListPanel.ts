import type { PlayerView } from "../../engine/playerView";
import { NODE_KIND_LABEL, type OpsNode, opsNodes } from "../../presentation/opsNodes";
import { el, panel } from "../dom";
import { stateChips } from "../stateChips";
import type { Panel, PanelContext } from "./panelContext";

/** The accessible twin of the canvas: every node by zone with its states; selecting one opens its actions. */
export function createNodeListPanel(ctx: PanelContext, onChosen: () => void): Panel {
  const { section, body } = panel("Infrastructure", "nodes");
  section.id = "nodes";
  const table = el("table", { class: "node-table" });
  table.append(
    el("caption", { class: "visually-hidden", text: "Infrastructure nodes by zone, and their states" }),
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col", text: "Node" }), el("th", { scope: "col", text: "State" })),
    ),
  );
  body.append(el("div", { class: "scroll-area" }, table));

  let view: PlayerView | undefined;
  const render = () => {
    if (!view) return;
    const current = view;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.nodeKey;
    const selected = ctx.selection.get();
    for (const group of table.querySelectorAll("tbody")) group.remove();
    for (const [title, nodes] of groupsOf(current, opsNodes(current))) {
      const group = el(
        "tbody",
        {},
        el("tr", { class: "zone-row" }, el("th", { scope: "rowgroup", colspan: "2", text: title })),
      );
      for (const node of nodes) {
        const button = el("button", {
          type: "button",
          class: "node-select",
          "data-node-key": node.key,
          "aria-pressed": String(node.key === selected),
          text: node.short,
          onclick: () => {
            ctx.selection.set(node.key);
            onChosen();
          },
        });
        group.append(
          el(
            "tr",
            {
              class: node.key === selected ? "selected" : undefined,
              "data-states": node.states.map((state) => state.text).join(", "),
            },
            el(
              "th",
              { scope: "row" },
              button,
              el("span", {
                class: "node-kind",
                text: ` ${NODE_KIND_LABEL[node.kind]}${explanation(node)}`,
              }),
            ),
            el("td", {}, ...stateChips(node.states)),
          ),
        );
      }
      table.append(group);
    }
    if (focused) table.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(focused)}"]`)?.focus();
  };

  let last = "";
  ctx.selection.subscribe(() => {
    last = "";
    if (view) update(view);
  });
  const update = (next: PlayerView) => {
    view = next;
    const signature = JSON.stringify([opsNodes(next), next.zones, ctx.selection.get()]);
    if (signature === last) return;
    last = signature;
    render();
  };
  return { section, update };
}

/** What the node's full name adds to its short name, and its detail (IP, data-store kind). */
function explanation(node: OpsNode): string {
  const extra =
    node.name.length > node.short.length ? node.name.slice(node.short.length).replace(/^ \(|\)$/g, "") : "";
  return [...new Set([extra, node.detail])]
    .filter(Boolean)
    .map((part) => ` · ${part}`)
    .join("");
}

/** Nodes under their zone's name in the view's zone order; nodes without a zone last, log sources apart. */
function groupsOf(view: PlayerView, nodes: OpsNode[]): [string, OpsNode[]][] {
  const groups: [string, OpsNode[]][] = view.zones.map((zone) => [
    zone.name,
    nodes.filter((node) => node.zone === zone.id && node.kind !== "log-source"),
  ]);
  const known = new Set(view.zones.map((zone) => zone.id));
  groups.push(["Elsewhere", nodes.filter((node) => !known.has(node.zone) && node.kind !== "log-source")]);
  groups.push(["Log sources", nodes.filter((node) => node.kind === "log-source")]);
  return groups.filter(([, members]) => members.length > 0);
}

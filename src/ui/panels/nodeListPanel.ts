import type { PlayerView } from "../../engine/playerView";
import { el, panel } from "../dom";
import { NODE_KIND_LABEL, opsNodes } from "../opsNodes";
import type { Panel, PanelContext } from "./panelContext";

/** The accessible twin of the canvas: every node with its zone and live states; selecting one opens its actions. */
export function createNodeListPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Infrastructure", "nodes");
  const table = el("table", { class: "node-table" });
  table.append(
    el("caption", { class: "visually-hidden", text: "Infrastructure nodes and their states" }),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col", text: "Node" }),
        el("th", { scope: "col", text: "Kind" }),
        el("th", { scope: "col", text: "Zone" }),
        el("th", { scope: "col", text: "State" }),
      ),
    ),
  );
  const rows = el("tbody");
  table.append(rows);
  body.append(table);

  let view: PlayerView | undefined;
  const render = () => {
    if (!view) return;
    const current = view;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.nodeKey;
    const selected = ctx.selection.get();
    const zoneName = (id: string) => current.zones.find((zone) => zone.id === id)?.name ?? (id || "—");
    rows.replaceChildren(
      ...opsNodes(current).map((node) => {
        const button = el("button", {
          type: "button",
          class: "node-select",
          "data-node-key": node.key,
          "aria-pressed": String(node.key === selected),
          text: node.name,
          onclick: () => {
            ctx.selection.set(node.key);
            // why: the actions follow the long node table; keyboard users land on them instead of tabbing past it.
            document.querySelector<HTMLElement>("#actions-panel .selected-node")?.focus();
          },
        });
        return el(
          "tr",
          { class: node.key === selected ? "selected" : undefined, "data-states": node.states.join(" ") },
          el("th", { scope: "row" }, button),
          el("td", { text: NODE_KIND_LABEL[node.kind] }),
          el("td", { text: zoneName(node.zone) }),
          el("td", { text: node.states.join(", ") }),
        );
      }),
    );
    if (focused) rows.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(focused)}"]`)?.focus();
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

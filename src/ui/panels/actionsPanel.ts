import type { PlayerView } from "../../engine/playerView";
import { el, panel } from "../dom";
import { nodeActions } from "../nodeActions";
import { NODE_KIND_LABEL, opsNodes } from "../opsNodes";
import type { Panel, PanelContext } from "./panelContext";

/** The verbs for the selected node, each with its sim-time duration. */
export function createActionsPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Actions", "actions");
  section.id = "actions-panel";
  let view: PlayerView | undefined;

  const render = () => {
    const key = ctx.selection.get();
    const node = view && key ? opsNodes(view).find((candidate) => candidate.key === key) : undefined;
    if (!view || !node) {
      body.replaceChildren(
        el("p", { text: "Select a node on the map or in the infrastructure list to see its actions." }),
      );
      return;
    }
    const actions = nodeActions(node, view);
    const heading = el("h3", {
      tabindex: "-1",
      class: "selected-node",
      text: `${node.name} (${NODE_KIND_LABEL[node.kind]}): ${node.states.join(", ")}`,
    });
    const list = el("ul", { class: "action-list" });
    for (const action of actions) {
      list.append(
        el(
          "li",
          {},
          el("button", {
            type: "button",
            "data-action": action.type,
            text: `${action.label} (${action.duration})`,
            title: action.description,
            onclick: () =>
              ctx.act(action.action, `${action.label} on ${node.name} started, takes ${action.duration}`),
          }),
          el("span", { class: "action-description", text: ` ${action.description}` }),
        ),
      );
    }
    body.replaceChildren(
      heading,
      actions.length > 0 ? list : el("p", { text: "Nothing to do directly on this node." }),
    );
  };

  ctx.selection.subscribe(() => {
    last = "";
    render();
  });
  let last = "";
  const update = (next: PlayerView) => {
    view = next;
    const key = ctx.selection.get();
    const signature = JSON.stringify([key, key ? opsNodes(next).find((n) => n.key === key) : undefined]);
    if (signature === last) return;
    last = signature;
    render();
  };
  return { section, update };
}

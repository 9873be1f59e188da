import type { PlayerView } from "../../engine/playerView";
import { formatClockTime } from "../../engine/wallClock";
import { NODE_KIND_LABEL, opsPicture } from "../../presentation/opsNodes";
import { el, panel } from "../dom";
import { createFeedback } from "../feedback";
import { nodeActions } from "../nodeActions";
import { stateChips } from "../stateChips";
import type { Panel, PanelContext } from "./panelContext";

/** The selected node: what it is, its states, the attack-path steps that name it, and its verbs with durations. */
export function createActionsPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Actions", "actions");
  section.id = "actions-panel";
  const feedback = createFeedback();
  let view: PlayerView | undefined;
  let shownKey: string | undefined;

  const render = () => {
    const key = ctx.selection.get();
    if (key !== shownKey) feedback.clear();
    shownKey = key;
    const picture = view ? opsPicture(view) : undefined;
    const node = picture?.nodes.find((candidate) => candidate.key === key);
    if (!view || !picture || !node) {
      body.replaceChildren(
        el("p", { text: "Select a node on the map or in the infrastructure list to see its actions." }),
        feedback.element,
      );
      return;
    }
    const zone = view.zones.find((candidate) => candidate.id === node.zone)?.name;
    const heading = el("h3", {
      tabindex: "-1",
      class: "selected-node",
      text: `${node.name} (${NODE_KIND_LABEL[node.kind]})`,
    });
    const about = el(
      "p",
      { class: "node-about" },
      ...(zone
        ? [el("span", { class: "node-kind", text: `${zone}${node.detail ? ` · ${node.detail}` : ""}. ` })]
        : []),
      ...stateChips(node.states),
    );
    const steps = picture.path.steps.filter((step) => node.steps.includes(step.number));
    const evidence =
      steps.length > 0
        ? el(
            "details",
            { class: "node-steps" },
            el("summary", {
              text: `Named in attack-path step${steps.length === 1 ? "" : "s"} ${node.steps.join(", ")}`,
            }),
            el(
              "ol",
              {},
              ...steps.map((step) =>
                el("li", {
                  value: String(step.number),
                  text: `${formatClockTime(view?.scenario.start, step.at)} ${step.text}`,
                }),
              ),
            ),
          )
        : null;
    const actions = nodeActions(node, view);
    const list = el("ul", { class: "action-list" });
    for (const [index, action] of actions.entries()) {
      const descriptionId = `${section.id}-desc-${index}`;
      list.append(
        el(
          "li",
          {},
          el("button", {
            type: "button",
            "data-action": action.type,
            "data-focus-key": String(index),
            text: `${action.label} (${action.duration})`,
            "aria-describedby": descriptionId,
            onclick: () =>
              ctx.act(
                action.action,
                `${action.label} on ${node.name} started; it takes ${action.duration}.`,
                feedback,
              ),
          }),
          el("span", {
            class: "action-description",
            id: descriptionId,
            text: ` ${action.description}`,
          }),
        ),
      );
    }
    body.replaceChildren(
      heading,
      about,
      ...(evidence ? [evidence] : []),
      actions.length > 0 ? list : el("p", { text: "Nothing to do directly on this node." }),
      feedback.element,
    );
  };

  ctx.selection.subscribe(() => {
    last = "";
    if (view) update(view);
    else render();
  });
  let last = "";
  const update = (next: PlayerView) => {
    view = next;
    const key = ctx.selection.get();
    const picture = key ? opsPicture(next) : undefined;
    const signature = JSON.stringify([
      key,
      picture?.nodes.find((n) => n.key === key),
      picture?.path.steps.length,
    ]);
    if (signature === last) return;
    last = signature;
    const focused = document.activeElement;
    const hadFocus =
      focused instanceof HTMLElement && body.contains(focused) ? focused.dataset.focusKey : undefined;
    render();
    if (hadFocus) body.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(hadFocus)}"]`)?.focus();
  };
  return { section, update };
}

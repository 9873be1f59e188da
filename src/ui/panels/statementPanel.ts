import type { PlayerView } from "../../engine/playerView";
import { formatClockTime } from "../../engine/wallClock";
import { el, field, panel } from "../dom";
import { createFeedback } from "../feedback";
import { bindDraft } from "../opsRoomMemory";
import type { Panel, PanelContext } from "./panelContext";

/** The public statement editor and the statements already published. */
export function createStatementPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Public statement", "statement");
  const title = el("input", { type: "text", autocomplete: "off" });
  const text = el("textarea", { rows: 8 });
  bindDraft(ctx.memory, "statement.title", title);
  bindDraft(ctx.memory, "statement.body", text);
  const feedback = createFeedback();
  const form = el(
    "form",
    { "aria-label": "Write the public statement" },
    field("Title", title, "Put the date in the title."),
    field("Statement", text),
    el("button", { type: "submit", text: "Publish statement" }),
    feedback.element,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!title.value.trim() || !text.value.trim()) {
      feedback.error("A statement needs a title and a body.");
      return;
    }
    // why: the draft stays after publishing, so a correction starts from what was said.
    ctx.act(
      { type: "publish-statement", title: title.value.trim(), body: text.value },
      "Publishing the statement.",
      feedback,
    );
  });
  const published = el("ol", { class: "statements", "aria-label": "Published statements" });
  body.append(form, published);
  let last = "";
  return {
    section,
    update(view: PlayerView) {
      const signature = JSON.stringify(view.statements);
      if (signature === last) return;
      last = signature;
      published.replaceChildren(
        ...view.statements.map((statement) =>
          el(
            "li",
            {},
            el("strong", {
              text: `${formatClockTime(view.scenario.start, statement.at)} ${statement.title}`,
            }),
            el("p", { text: statement.body }),
          ),
        ),
      );
    },
  };
}

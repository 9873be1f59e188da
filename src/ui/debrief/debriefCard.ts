import type { DebriefCard } from "../../engine/scenario";
import { el } from "../dom";

/**
 * The scenario's debrief card as a section: what the scenario is about, the real incidents behind it with their
 * lessons, and the facilitator's notes. Everything is text; a source address is shown, never linked or loaded.
 */
export function renderDebriefCard(card: DebriefCard, headingLevel: "h2" | "h3" = "h2"): HTMLElement {
  const headingId = `debrief-card-h-${headingLevel}`;
  return el(
    "section",
    { class: "debrief-card", "aria-labelledby": headingId },
    el(headingLevel, { id: headingId, text: "Behind the scenario" }),
    el("p", { text: card.summary }),
    card.inspiredBy.length > 0
      ? el(
          "ul",
          { class: "inspired-by", "aria-label": "Real incidents behind this scenario" },
          ...card.inspiredBy.map((item) =>
            el(
              "li",
              {},
              el("strong", { text: `${item.incident} (${item.year})` }),
              el("p", { text: item.lesson }),
              el("p", { class: "source" }, "Source (copy to read it): ", el("code", { text: item.url })),
            ),
          ),
        )
      : null,
    card.notes.length > 0
      ? el(
          "ul",
          { class: "debrief-notes", "aria-label": "Notes" },
          ...card.notes.map((note) => el("li", { text: note })),
        )
      : null,
  );
}

import { ACTION_CATALOG, type ActionType } from "../../engine/actions";
import { CHECKLIST, type ChecklistStepId } from "../../engine/checklist";
import type { DrillInput } from "../../engine/log";
import type { PlayerView } from "../../engine/playerView";
import { el, panel } from "../dom";
import type { Panel } from "./panelContext";

/** Assist mode: the checklist S1–S14 with a tick on each step once one of its actions has completed. */
export function createChecklistPanel(inputs: () => readonly DrillInput[]): Panel {
  const { section, body } = panel("Checklist (assist mode)", "checklist");
  const list = el("ol", { class: "checklist" });
  body.append(list);
  let last = "";
  return {
    section,
    update(view: PlayerView) {
      const done = completedSteps(inputs(), view);
      const signature = JSON.stringify([...done]);
      if (signature === last) return;
      last = signature;
      list.replaceChildren(
        ...CHECKLIST.filter((step) => step.id !== "COMMS").map((step) => {
          const ticked = done.has(step.id);
          const details = el(
            "details",
            {},
            el("summary", {
              text: `${ticked ? "✔ " : ""}${step.id} ${step.title}${ticked ? " (started)" : ""}`,
            }),
          );
          details.append(
            el("p", { text: step.summary }),
            el("ul", {}, ...step.lines.map((line) => el("li", { text: line }))),
          );
          return el("li", { class: ticked ? "done" : undefined, "data-step": step.id }, details);
        }),
      );
    },
  };
}

/** Steps with at least one submitted action that is no longer pending (completed or refused). */
export function completedSteps(inputs: readonly DrillInput[], view: PlayerView): Set<ChecklistStepId> {
  const pendingCounts = new Map<ActionType, number>();
  for (const pending of view.pending)
    pendingCounts.set(pending.action.type, (pendingCounts.get(pending.action.type) ?? 0) + 1);
  const submitted = new Map<ActionType, number>();
  for (const input of inputs) {
    const type = input.intent.type as ActionType;
    if (ACTION_CATALOG.has(type)) submitted.set(type, (submitted.get(type) ?? 0) + 1);
  }
  const steps = new Set<ChecklistStepId>();
  for (const [type, count] of submitted) {
    const entry = ACTION_CATALOG.get(type);
    if (entry && count > (pendingCounts.get(type) ?? 0)) steps.add(entry.step);
  }
  return steps;
}

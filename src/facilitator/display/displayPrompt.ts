import { HOTWASH_QUESTIONS } from "../../engine/hotwashQuestions";
import type { PlayerView } from "../../engine/playerView";
import type { DisplayPrompt } from "./teamDisplayView";

/**
 * The question card the room should see now: the hotwash questions once the drill has ended, otherwise the
 * discussion questions of the module in play (pushed at each module start), or none.
 */
export function promptFor(view: PlayerView): DisplayPrompt | undefined {
  if (view.ended) return { kind: "hotwash", questions: [...HOTWASH_QUESTIONS] };
  const module = view.scenario.modules.find((candidate) => candidate.id === view.currentModule);
  if (!module || module.questions.length === 0) return undefined;
  return {
    kind: "discussion",
    module: module.id,
    moduleTitle: module.title,
    questions: [...module.questions],
  };
}

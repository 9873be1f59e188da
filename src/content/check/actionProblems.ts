import type { PlayerAction } from "../../engine/actions";
import type { ControlIntent } from "../../engine/log";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { DiagnosticCode } from "../diagnosticCodes";
import { didYouMean, type SuggestionBudget } from "../didYouMean";

/** A problem with one action's meaning, naming the field to point at. */
export interface ActionProblem {
  code: DiagnosticCode;
  message: string;
  field: string;
}

/**
 * Problems that references alone do not catch: a reply option the inject does not offer, a disk the instance
 * does not have, a discussion question the module does not ask.
 */
export function actionProblems(
  action: PlayerAction | ControlIntent | { type: string },
  scenario: ScenarioDefinition,
  suggestions?: SuggestionBudget,
): ActionProblem[] {
  if (action.type === "reply" && "option" in action) {
    const inject = scenario.injects.find((candidate) => candidate.id === action.inject);
    const options = inject?.replies.map((reply) => reply.id) ?? [];
    if (inject && !options.includes(action.option)) {
      return [
        {
          code: "HW0062",
          message: `inject "${inject.id}" has no reply option "${action.option}"${didYouMean(action.option, options, suggestions)}`,
          field: "option",
        },
      ];
    }
  }
  if (action.type === "image-disk" && "instance" in action && action.disk !== undefined) {
    const instance = scenario.world.instances.find((candidate) => candidate.id === action.instance);
    if (instance && !instance.disks.includes(action.disk)) {
      return [
        {
          code: "HW0063",
          message: `instance "${instance.id}" has no disk "${action.disk}" (it has: ${instance.disks.join(", ") || "none"})`,
          field: "disk",
        },
      ];
    }
  }
  if (action.type === "discussion.answer" && "module" in action) {
    const module = scenario.modules.find((candidate) => candidate.id === action.module);
    if (module && action.question >= module.questions.length) {
      return [
        {
          code: "HW0058",
          message: `module "${module.id}" has ${module.questions.length} questions (numbered from 0); there is no question ${action.question}`,
          field: "question",
        },
      ];
    }
  }
  return [];
}

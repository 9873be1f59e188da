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
 * does not have, a discussion question the module does not ask, a contact kind that does not fit the person.
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
  if (action.type === "contact" && "party" in action && action.kind !== undefined) {
    const problem = contactKindProblem(action.party, action.kind, scenario);
    if (problem) return [{ code: "HW0087", message: problem, field: "kind" }];
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

/** why: the rubric treats the FBI as law enforcement; either kind fits a person of the other. */
const SAME_KIND: Readonly<Record<string, string>> = { fbi: "law-enforcement", "law-enforcement": "fbi" };

/** Why contacting `party` as `kind` will not score as the author expects (scoring reads the person's own kind). */
function contactKindProblem(party: string, kind: string, scenario: ScenarioDefinition): string | undefined {
  const person = scenario.world.people.find((candidate) => candidate.id === party);
  if (!person) return undefined;
  if (person.contactKind === undefined)
    return `"${person.id}" has no contactKind, so contacting them as ${kind} earns no outreach credit; give them \`contactKind: ${kind}\` in the scenario, or contact a person whose contactKind is ${kind}`;
  if (person.contactKind !== kind && SAME_KIND[kind] !== person.contactKind)
    return `"${person.id}" is a ${person.contactKind} contact, not ${kind}: scoring counts this as contacting a ${person.contactKind}`;
  return undefined;
}

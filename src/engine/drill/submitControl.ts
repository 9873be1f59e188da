import type { ControlIntent, LogCause } from "../log";
import type { RoleId } from "../organisation";
import { emit } from "../world/emit";
import type { WorldState } from "../world/worldState";
import { deliverInject, fireInject } from "./deliverInject";

function injectProblem(
  world: WorldState,
  intent: Extract<ControlIntent, { inject: string }>,
): string | undefined {
  if (world.endReason !== undefined) return "the drill is over";
  const state = Object.hasOwn(world.injects, intent.inject) ? world.injects[intent.inject] : undefined;
  if (!state) return `unknown inject ${String(intent.inject)}`;
  if (state.status === "delivered") return `${intent.inject} was already delivered`;
  if (state.status === "skipped") return `${intent.inject} was skipped`;
  if (intent.type === "inject.release" && !state.held) return `${intent.inject} is not held`;
  if (intent.type === "inject.hold" && state.held) return `${intent.inject} is already held`;
  return undefined;
}

/** Applies a facilitator intent (inject control, override, observation, answers, adjudication) or rejects it. */
export function submitControl(
  world: WorldState,
  intent: ControlIntent,
  by: RoleId | undefined,
  cause: LogCause,
): void {
  const who = by !== undefined ? { by } : {};
  const at = world.now;
  const reject = (reason: string) =>
    emit(world, { type: "action.rejected", at, cause, action: intent, ...who, reason });
  switch (intent?.type) {
    case "inject.fire":
    case "inject.hold":
    case "inject.release":
    case "inject.skip": {
      const problem = injectProblem(world, intent);
      if (problem) return void reject(problem);
      if (intent.type === "inject.fire") deliverInject(world, intent.inject, cause);
      else if (intent.type === "inject.hold")
        emit(world, { type: "inject.held", at, cause, inject: intent.inject });
      else if (intent.type === "inject.release") {
        emit(world, { type: "inject.released", at, cause, inject: intent.inject });
        if (world.injects[intent.inject]?.status === "due") fireInject(world, intent.inject, cause);
      } else emit(world, { type: "inject.skipped", at, cause, inject: intent.inject });
      return;
    }
    case "finding.override":
      emit(world, {
        type: "finding.overridden",
        at,
        cause,
        rule: intent.rule,
        outcome: intent.outcome,
        ...(intent.credit !== undefined ? { credit: intent.credit } : {}),
        rationale: intent.rationale,
        ...who,
      });
      return;
    case "observation":
      emit(world, {
        type: "observation",
        at,
        cause,
        text: intent.text,
        ...(intent.logRef !== undefined ? { logRef: intent.logRef } : {}),
        ...who,
      });
      return;
    case "discussion.answer":
      emit(world, {
        type: "discussion.answered",
        at,
        cause,
        module: intent.module,
        question: intent.question,
        answer: intent.answer,
        ...who,
      });
      return;
    case "hotwash.answer":
      emit(world, {
        type: "hotwash.answered",
        at,
        cause,
        question: intent.question,
        answer: intent.answer,
        ...who,
      });
      return;
    case "adjudicate":
      emit(world, {
        type: "adjudicated",
        at,
        cause,
        text: intent.text,
        ...(intent.rule !== undefined ? { rule: intent.rule } : {}),
        ...who,
      });
      return;
    default:
      reject(`unknown control ${String((intent as { type?: unknown })?.type)}`);
  }
}

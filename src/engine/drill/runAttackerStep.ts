import type { LogCause } from "../log";
import type { AttackerEffect } from "../scenario";
import { emit } from "../world/emit";
import { describeCondition, evaluateCondition } from "../world/evaluateCondition";
import { destroyLogSource, loseUnreachableFacts, terminateInstance } from "../world/evidence";
import { openFoothold } from "../world/footholds";
import type { WorldState } from "../world/worldState";
import { fireInject } from "./deliverInject";

function applyEffect(world: WorldState, step: string, effect: AttackerEffect, cause: LogCause): void {
  if ("openFoothold" in effect) openFoothold(world, effect.openFoothold, cause);
  else if ("closeFoothold" in effect) {
    const foothold = world.footholds[effect.closeFoothold];
    if (foothold?.open) {
      emit(world, {
        type: "foothold.closed",
        at: world.now,
        cause,
        foothold: effect.closeFoothold,
        by: step,
      });
    }
  } else if ("exfiltrate" in effect)
    emit(world, { type: "exfiltration", at: world.now, cause, ...effect.exfiltrate });
  else if ("destroyLogSource" in effect)
    destroyLogSource(world, effect.destroyLogSource, `destroyed by the attacker (${step})`, cause);
  else if ("terminateInstance" in effect)
    terminateInstance(world, effect.terminateInstance, `terminated by the attacker (${step})`, cause);
  else if ("createInstance" in effect) {
    const instance = world.instances[effect.createInstance];
    if (instance && !instance.exists) {
      emit(world, {
        type: "state.changed",
        at: world.now,
        cause,
        subject: effect.createInstance,
        kind: "instance",
        from: "absent",
        to: "running",
      });
    }
  } else if ("compromiseCredential" in effect) {
    const credential = world.credentials[effect.compromiseCredential];
    if (credential && !credential.compromised)
      emit(world, {
        type: "credential.compromised",
        at: world.now,
        cause,
        credential: effect.compromiseCredential,
      });
  } else if ("triggerInject" in effect) fireInject(world, effect.triggerInject, cause);
  else if ("setFlag" in effect && !world.flags[effect.setFlag])
    emit(world, { type: "flag.set", at: world.now, cause, flag: effect.setFlag });
}

/** Runs an attacker step now: skipped (with the reason) when its `when` does not hold, else its effects apply. */
export function runAttackerStep(world: WorldState, id: string): void {
  const step = world.scenario.attacker.find((item) => item.id === id);
  const state = world.attacker[id];
  if (!step || !state || state.status === "done" || state.status === "skipped") return;
  const cause: LogCause = { kind: "attacker", step: id };
  if (step.when && !evaluateCondition(step.when, world)) {
    emit(world, {
      type: "attacker.skipped",
      at: world.now,
      cause,
      step: id,
      title: step.title,
      reason: `condition not met: ${describeCondition(step.when)}`,
    });
    return;
  }
  emit(world, { type: "attacker.step", at: world.now, cause, step: id, title: step.title });
  for (const credential of world.scenario.world.credentials) {
    if (credential.createdBy !== id || world.credentials[credential.id]?.exists !== false) continue;
    const at = world.now;
    emit(world, {
      type: "state.changed",
      at,
      cause,
      subject: credential.id,
      kind: "credential",
      from: "absent",
      to: "active",
    });
    if (credential.compromised)
      emit(world, { type: "credential.compromised", at, cause, credential: credential.id });
  }
  for (const fact of world.scenario.facts) {
    const factState = world.facts[fact.id];
    if (fact.requiresStep === id && factState && !factState.excluded && !factState.exists)
      emit(world, { type: "fact.appeared", at: world.now, cause, fact: fact.id });
  }
  for (const effect of step.effects) applyEffect(world, id, effect, cause);
  loseUnreachableFacts(world, cause);
}

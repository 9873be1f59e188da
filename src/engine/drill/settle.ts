import type { LogCause } from "../log";
import { emit } from "../world/emit";
import { evaluateCondition } from "../world/evaluateCondition";
import { destroyLogSource, loseUnreachableFacts } from "../world/evidence";
import { drawJitter } from "../world/rng";
import { isCheckpoint, schedule } from "../world/schedule";
import type { WorldState } from "../world/worldState";
import { settleBusiness } from "./businessImpacts";
import { deliverInject } from "./deliverInject";

const MAX_PASSES = 16;

/**
 * Brings the world's derived rules up to date after an event: flags, log sources destroyed by condition,
 * attacker triggers, conditional injects, and evidence lost to retention. Repeats until nothing changes.
 */
export function settle(world: WorldState, cause: LogCause): void {
  const { scenario, settled } = world;
  // why: every change a condition can see is logged, and time alone matters only at checkpoints.
  if (settled.log === world.log.length && (settled.now === world.now || !isCheckpoint(world, world.now)))
    return;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const flag of scenario.flags) {
      if (world.flags[flag.id] || !evaluateCondition(flag.setWhen, world)) continue;
      emit(world, {
        type: "flag.set",
        at: world.now,
        cause: { kind: "flag", flag: flag.id },
        flag: flag.id,
      });
      changed = true;
    }
    if (settleBusiness(world, cause)) changed = true;
    for (const source of scenario.world.logSources) {
      if (!source.destroyedWhen || world.logSources[source.id]?.status !== "intact") continue;
      if (!evaluateCondition(source.destroyedWhen, world)) continue;
      destroyLogSource(world, source.id, "destroyed in the scenario", cause);
      loseUnreachableFacts(world, cause);
      changed = true;
    }
    for (const step of scenario.attacker) {
      const state = world.attacker[step.id];
      if (!step.trigger || state?.status !== "pending" || !evaluateCondition(step.trigger.when, world))
        continue;
      const at = world.now + step.trigger.delay + drawJitter(world, step.jitter);
      emit(world, { type: "attacker.scheduled", at: world.now, cause, step: step.id, for: at });
      schedule(world, at, "attacker", step.id);
    }
    for (const inject of scenario.injects) {
      const state = world.injects[inject.id];
      if (!inject.when || state?.status !== "pending" || state.held) continue;
      if (state.at !== undefined && world.now < state.at) continue;
      if (!evaluateCondition(inject.when, world)) continue;
      if (inject.unless && evaluateCondition(inject.unless, world)) continue;
      deliverInject(world, inject.id, { kind: "inject", inject: inject.id });
      changed = true;
    }
    if (!changed) break;
  }
  // why: between checkpoints evidence is lost only by explicit destruction, which checks for itself.
  if (isCheckpoint(world, world.now)) loseUnreachableFacts(world, cause);
  world.settled = { now: world.now, log: world.log.length };
}

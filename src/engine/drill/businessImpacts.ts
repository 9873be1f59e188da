import type { Condition } from "../condition";
import type { LogCause } from "../log";
import type { BusinessImpact } from "../scenario";
import { emit } from "../world/emit";
import { conditionEvidence, evaluateCondition } from "../world/evaluateCondition";
import { schedule } from "../world/schedule";
import type { WorldState } from "../world/worldState";

/** The cause of a change a condition brought about: the latest entry that makes it hold, else `fallback`. */
function causeOf(world: WorldState, condition: Condition, fallback: LogCause): LogCause {
  const evidence = conditionEvidence(condition, world, world.log);
  return evidence.length > 0 ? { kind: "action", entry: Math.max(...evidence) } : fallback;
}

function begin(world: WorldState, impact: BusinessImpact, cause: LogCause): void {
  const softened = impact.softenedBy !== undefined && evaluateCondition(impact.softenedBy, world);
  const recoversAt = world.now + impact.recovery;
  emit(world, {
    type: "business.impacted",
    at: world.now,
    cause: causeOf(world, impact.when, cause),
    impact: impact.id,
    service: impact.service,
    severity: impact.severity,
    softened,
    recoversAt,
  });
  schedule(world, recoversAt, "recovery", impact.id);
}

/** Ends an active impact now (its recovery time came, or its `recoversWhen` held). */
export function recoverImpact(world: WorldState, id: string, cause: LogCause): void {
  const impact = world.scenario.business.impacts.find((item) => item.id === id);
  if (!impact || world.business[id]?.status !== "active") return;
  emit(world, { type: "business.recovered", at: world.now, cause, impact: id, service: impact.service });
}

/**
 * Brings the business up to date after an event: an impact whose move was made begins (softened when its
 * softening already held), an active one is softened when its softening comes to hold, and recovers when its
 * `recoversWhen` holds. Returns whether anything changed.
 */
export function settleBusiness(world: WorldState, cause: LogCause): boolean {
  let changed = false;
  for (const impact of world.scenario.business.impacts) {
    const state = world.business[impact.id];
    if (!state) continue;
    if (state.status === "none" && evaluateCondition(impact.when, world)) {
      begin(world, impact, cause);
      changed = true;
    }
    if (state.status !== "active") continue;
    if (!state.softened && impact.softenedBy && evaluateCondition(impact.softenedBy, world)) {
      emit(world, {
        type: "business.softened",
        at: world.now,
        cause: causeOf(world, impact.softenedBy, cause),
        impact: impact.id,
      });
      changed = true;
    }
    if (impact.recoversWhen && evaluateCondition(impact.recoversWhen, world)) {
      recoverImpact(world, impact.id, causeOf(world, impact.recoversWhen, cause));
      changed = true;
    }
  }
  return changed;
}

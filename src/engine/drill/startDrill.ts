import { emit } from "../world/emit";
import type { WorldState } from "../world/worldState";
import { advanceClock } from "./advanceClock";

/**
 * Starts the drill (once, from the briefing) at T0: `drill.started` (with patient zero), then the attacker's history — every event
 * scheduled before T0 — applied in time order and logged at its own negative time, then whatever is due at T0.
 */
export function startDrill(world: WorldState): void {
  const { scenario } = world;
  emit(world, {
    type: "drill.started",
    at: 0,
    cause: { kind: "schedule" },
    seed: world.seed,
    scenario: scenario.id,
    contentHash: scenario.contentHash,
    ...(world.patientZero !== undefined ? { patientZero: world.patientZero } : {}),
  });
  world.now = Math.min(0, world.queue[0]?.at ?? 0, world.checkpoints[0] ?? 0);
  advanceClock(world, 0);
}

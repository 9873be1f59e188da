import type { EndReason, LogCause } from "../log";
import { emit } from "../world/emit";
import type { WorldState } from "../world/worldState";

/** Ends the drill (once): `drill.ended` records why; the chart moves to the debrief. */
export function endDrill(world: WorldState, reason: EndReason, cause: LogCause): void {
  if (world.endReason !== undefined) return;
  emit(world, { type: "drill.ended", at: world.now, cause, reason });
}

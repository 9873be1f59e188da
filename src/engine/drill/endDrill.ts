import type { LogCause } from "../log";
import { appendLog } from "../world/appendLog";
import type { WorldState } from "../world/worldState";

/** Ends the drill (once): the phase becomes debrief and `drill.ended` records why. */
export function endDrill(world: WorldState, reason: "closed" | "horizon" | "ended", cause: LogCause): void {
  if (world.phase === "debrief") return;
  world.phase = "debrief";
  world.endReason = reason;
  appendLog(world, { type: "drill.ended", at: world.now, cause, reason });
}

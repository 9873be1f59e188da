import type { SnapshotFrom } from "xstate";
import type { DrillPhaseName } from "../world/worldState";
import type { drillMachine } from "./drillMachine";

/** The phase the drill chart is in: briefing, live, paused or debrief. */
export function phaseOf(snapshot: SnapshotFrom<typeof drillMachine>): DrillPhaseName {
  if (snapshot.matches({ running: "paused" })) return "paused";
  if (snapshot.matches("running")) return "live";
  return snapshot.matches("debrief") ? "debrief" : "briefing";
}

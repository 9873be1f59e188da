import type { PlayerAction } from "../../engine/actions";
import type { ControlIntent } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import type { SimMinutes } from "../../engine/time";
import type { ImprovementPlanEdit } from "../../report/afterActionReport";

/**
 * One thing the session server accepted, in order. A hosted session is its scenario, seed and roster plus this
 * journal: replaying the ops on a fresh session runner rebuilds it exactly (on the server after a restart, and in
 * the facilitator's browser, which mirrors the session). `from` says which device an input came from.
 */
export type SessionOp =
  | { op: "start" }
  | { op: "decide"; action: PlayerAction; by?: RoleId; name?: string }
  | { op: "control"; intent: ControlIntent; by?: RoleId; name?: string; from?: "evaluator" | "player" }
  | { op: "pause" }
  | { op: "resume" }
  | { op: "end" }
  | { op: "advance"; minutes: SimMinutes }
  | { op: "next" }
  | { op: "module" }
  | { op: "speed"; speed: number }
  | { op: "approval"; required: boolean }
  /** The facilitator edited a row of the report's improvement plan. */
  | { op: "plan"; edit: ImprovementPlanEdit }
  /** A player's decision waiting for the facilitator (sessions that require approval). */
  | { op: "propose"; id: string; action: PlayerAction; by: RoleId; name: string }
  | { op: "approve"; id: string }
  | { op: "decline"; id: string };

export type SessionOpName = SessionOp["op"];

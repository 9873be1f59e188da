import type { PlayerAction } from "../actions";
import type { ControlIntent } from "../log";
import type { RoleId } from "../organisation";
import type { SimMinutes } from "../time";

interface Attribution {
  /** Sim minute of the input; omitted means "now". */
  at?: SimMinutes;
  by?: RoleId;
  actorName?: string;
}

/** What shells and replays send to the drill machine (lower-case, dot-namespaced). */
export type DrillEvent =
  | { type: "drill.start" }
  | ({ type: "drill.pause" } & Attribution)
  | ({ type: "drill.resume" } & Attribution)
  | ({ type: "drill.end" } & Attribution)
  | { type: "clock.advance"; minutes?: SimMinutes; to?: SimMinutes }
  | { type: "clock.next" }
  | ({ type: "action.submit"; action: PlayerAction } & Attribution)
  | ({ type: "control.submit"; intent: ControlIntent } & Attribution);

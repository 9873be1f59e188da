import type { ActionType } from "./actions";
import type { SimMinutes } from "./time";

export type InstanceStateName = "running" | "isolated" | "shut-down" | "terminated";
export type CredentialStateName = "active" | "rotated" | "revoked";
export const IMPACT_STATE_NAMES = ["none", "active", "recovered", "softened", "unsoftened"] as const;
export type ImpactStateName = (typeof IMPACT_STATE_NAMES)[number];

/**
 * A condition over the world and over what players did, evaluated by the engine at a moment of sim time.
 * Scenario files write these as YAML mappings with exactly one key (or `all`/`any`/`not`).
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  /** The instance is in one of these states (`isolated` also holds once it is shut down after isolation). */
  | { instance: string; is: InstanceStateName | InstanceStateName[] }
  /** The instance has had a disk image taken (read-only off-site when `offsite` is true). */
  | { imaged: string; offsite?: boolean }
  | { credential: string; is: CredentialStateName | CredentialStateName[] }
  | { codePath: string; is: "enabled" | "disabled" }
  | { service: string; is: "running" | "shut-down" }
  | { provider: string; is: "purged" | "untouched" }
  | { autoscalingGroup: string; is: "active" | "suspended" }
  | { logSource: string; is: "intact" | "preserved" | "destroyed" }
  | { foothold: string; is: "open" | "closed" }
  | { fact: string; is: "discovered" | "hidden" | "lost" }
  | { flag: string }
  /** The attacker step ran (was not skipped). */
  | { attackerStep: string; is: "done" | "skipped" }
  | { inject: string; is: "delivered" | "pending" }
  /**
   * A business impact's state: `none` before it happened, `active` while it lasts, `recovered` after; `softened`
   * and `unsoftened` hold once it happened, with or without its softening.
   */
  | { impact: string; is: ImpactStateName | ImpactStateName[] }
  /** A player action of this type was completed, optionally on this target, optionally with params matching. */
  | { action: ActionType; target?: string; params?: Record<string, string | number | boolean> }
  /** Incident information reached someone outside the response team (optionally this person or channel). */
  | { leaked: true; to?: string; channel?: string }
  /** This person is on the response team (invited to the call or the room, or paged). */
  | { onTeam: string }
  /** Sim time now is at or after / before the given minute. */
  | { after: SimMinutes }
  | { before: SimMinutes };

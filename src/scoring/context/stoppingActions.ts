import type { ActionType } from "../../engine/actions";

/**
 * Actions that stop an attack in progress when aimed at the attacker's access (S1, S2). Terminating is not one:
 * the checklist says to shut down "do not delete or terminate", and evidence.no-terminate judges it.
 */
export const STOPPING_ACTIONS: ReadonlySet<ActionType> = new Set<ActionType>([
  "kill-session",
  "shutdown-instance",
  "isolate-instance",
  "lock-users",
  "restore-firewall-defaults",
  "revoke-credential",
  "rotate-credential",
  "rotate-overlapping",
  "deny-old-credentials",
  "remove-from-group",
  "force-reauth",
  "disable-code-path",
  "shutdown-service",
  "purge-provider-accounts",
]);

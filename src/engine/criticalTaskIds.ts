/** The checklist's duties every breach shares: the critical tasks of a scenario that does not list its own. */
const SHARED_DUTIES = [
  "incident-commander",
  "keep-affected-instances",
  "nothing-outside-the-team",
  "security-on-the-team",
  "truthful-statements",
  "innocuous-codename",
] as const;

/**
 * Every critical task a scenario may name in `criticalTasks` (HSEEP's term: a duty whose failure alone means the team
 * did not perform), each from a line of the checklist; scoring defines how each is judged (src/scoring/criticalTasks.ts).
 */
export const CRITICAL_TASK_IDS = [
  ...SHARED_DUTIES,
  "stop-the-attack",
  "cut-the-vector",
  "revoke-compromised",
  "keep-the-evidence",
  "no-tip-off",
  "statutory-notice",
  "tell-those-affected",
] as const;

/** A critical task id. */
export type CriticalTaskId = (typeof CRITICAL_TASK_IDS)[number];

/** The critical tasks of a scenario that does not list its own. */
export const DEFAULT_CRITICAL_TASK_IDS: readonly CriticalTaskId[] = SHARED_DUTIES;

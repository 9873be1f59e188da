import type { SimMinutes } from "../engine/time";
import type { Outcome } from "./scoreCard";

/** Credit lost per offence for rules the rubric scores "per message" (leaks, broad posts, SMS, bad subjects). */
export const SERIOUS_OFFENCE_STEP = 1 / 3;
/** Credit lost per offence for the rubric's "small penalty" rules (avoidable email). */
export const SMALL_OFFENCE_STEP = 0.1;
/** A late action loses credit linearly and reaches 0 this many par-lengths after the par itself. */
export const LATE_FALLOFF_PARS = 3;

/** Rounds credit to three decimals so scores are stable across platforms. */
export function roundCredit(credit: number): number {
  return Math.round(Math.min(1, Math.max(0, credit)) * 1000) / 1000;
}

/** Outcome for a credit: 1 → met, 0 → violated, between → partial. */
export function outcomeOf(credit: number): Exclude<Outcome, "n/a"> {
  const rounded = roundCredit(credit);
  if (rounded >= 1) return "met";
  if (rounded <= 0) return "violated";
  return "partial";
}

/**
 * Per-offence curve: 0 offences → 1, each offence takes `step` off, floored at 0
 * (serious: 1 → ⅔ → ⅓ → 0; small: 1 → 0.9 → … → 0 after ten).
 */
export function creditAfterOffences(offences: number, step: number = SERIOUS_OFFENCE_STEP): number {
  return roundCredit(1 - offences * step);
}

/**
 * Lateness curve: full credit when `elapsed` ≤ `par`, then linear down to 0 at par + LATE_FALLOFF_PARS × par.
 * A par of 0 gives credit only for elapsed ≤ 0.
 */
export function lateCredit(elapsed: SimMinutes, par: SimMinutes): number {
  if (elapsed <= par) return 1;
  const falloff = par * LATE_FALLOFF_PARS;
  if (falloff <= 0) return 0;
  return roundCredit(1 - (elapsed - par) / falloff);
}

/** How far `elapsed` lies past the point where `lateCredit(elapsed, par)` reaches 0 (0 when not past it). */
export function overdueAfterPar(elapsed: SimMinutes, par: SimMinutes): SimMinutes {
  return Math.max(0, elapsed - par * (1 + LATE_FALLOFF_PARS));
}

/** Linear window: full credit within `full`, none at or after `zero`, linear between. */
export function windowCredit(elapsed: SimMinutes, full: SimMinutes, zero: SimMinutes): number {
  if (elapsed <= full) return 1;
  if (elapsed >= zero) return 0;
  return roundCredit(1 - (elapsed - full) / (zero - full));
}

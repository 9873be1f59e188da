import type { HseepRating, RatingThresholds } from "../engine/organisation";

/** HSEEP rating for a 0–100 score: P at or above thresholds.P, S at or above S, M at or above M, else U. */
export function hseepRating(score: number, thresholds: RatingThresholds): HseepRating {
  if (score >= thresholds.P) return "P";
  if (score >= thresholds.S) return "S";
  if (score >= thresholds.M) return "M";
  return "U";
}

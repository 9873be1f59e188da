import type { HseepRating } from "../../engine/organisation";

const LABELS: Record<HseepRating, string> = {
  P: "Performed without challenges",
  S: "Performed with some challenges",
  M: "Performed with major challenges",
  U: "Unable to be performed",
};

/** The HSEEP wording of a rating (P/S/M/U), or "Not applicable" when no rule applied. */
export function ratingLabel(rating: HseepRating | null | undefined): string {
  return rating ? LABELS[rating] : "Not applicable";
}

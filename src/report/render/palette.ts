import type { HseepRating } from "../../engine/organisation";
import type { Outcome } from "../../scoring/scoreCard";

/** Fill colours for HSEEP ratings (always shown together with the letter, never colour alone). */
export const RATING_COLOURS: Record<HseepRating | "none", string> = {
  P: "#1b7f3b",
  S: "#8a6d00",
  M: "#c05600",
  U: "#b3261e",
  none: "#6b6b6b",
};

/** Colour and a text glyph per finding outcome, so markers read without colour. */
export const OUTCOME_MARKS: Record<Outcome, { colour: string; glyph: string; label: string }> = {
  met: { colour: "#1b7f3b", glyph: "✓", label: "met" },
  partial: { colour: "#8a6d00", glyph: "◐", label: "partial" },
  violated: { colour: "#b3261e", glyph: "✗", label: "violated" },
  "n/a": { colour: "#6b6b6b", glyph: "–", label: "not applicable" },
};

/** Dot colours of the swimlane's lanes (the lane is also named in the row label and the event table). */
export const LANE_COLOURS = { attacker: "#b3261e", injects: "#1f5fa8", players: "#1b7f3b" } as const;

import { dateIn } from "./dateInTitle";
import { containsPhrase } from "./tokenise";

/** Phrases that promise more information later (S11 "Follow up with more information once it is known"). */
export const FOLLOW_UP_PHRASES = [
  "follow up",
  "more information",
  "more info",
  "further update",
  "will update",
  "will share",
  "keep you posted",
  "more details",
  "next update",
];
/** Words that report mitigation steps taken (S11 "Discuss mitigation steps taken"). */
export const MITIGATION_WORDS = [
  "rotated",
  "revoked",
  "blocked",
  "mitigated",
  "mitigation",
  "contained",
  "isolated",
  "secured",
  "disabled",
  "shut down",
  "reset",
];
/** Words and forms that place events in time (S11 "Overview the timeline"). */
export const TIMELINE_WORDS = [
  "timeline",
  "since",
  "yesterday",
  "today",
  "tonight",
  "morning",
  "afternoon",
  "evening",
  "hours ago",
  "days ago",
  "last week",
];

const CLOCK = /\b(?:T[+-]\d|\d{1,2}:\d{2}\b)/;

/** Which parts of an internal overview a message contains: a timeline, the mitigations, a promised follow-up. */
export function overviewParts(text: string): { timeline: boolean; mitigations: boolean; followUp: boolean } {
  const has = (phrases: readonly string[]) => phrases.some((phrase) => containsPhrase(text, phrase));
  return {
    timeline: has(TIMELINE_WORDS) || CLOCK.test(text) || dateIn(text) !== undefined,
    mitigations: has(MITIGATION_WORDS),
    followUp: has(FOLLOW_UP_PHRASES),
  };
}

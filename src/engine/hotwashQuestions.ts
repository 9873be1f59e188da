/**
 * The hotwash questions asked at the end of every facilitated session, in the HSEEP order: strengths first,
 * then areas for improvement, then commitments.
 */
export const HOTWASH_QUESTIONS: readonly string[] = [
  "What went well? Which decisions would you make again?",
  "What did not go well, or took longer than it should have?",
  "Where did the checklist help you, and where did it get in the way?",
  "Which information did you lack, and who should have had it?",
  "What will you change in our plans, tools or training before the next incident?",
];

import { stems } from "./tokenise";

/**
 * Words a variant may drop or add without changing the cliché: pronouns, articles, intensifiers and the
 * "something we …" frame ("security is something we take very seriously").
 */
const FILLER = new Set([
  "we",
  "i",
  "our",
  "your",
  "you",
  "their",
  "the",
  "a",
  "of",
  "is",
  "are",
  "it",
  "that",
  "something",
  "very",
  "extremely",
  "really",
  "incredibly",
  "most",
  "utmost",
  "so",
  "always",
  "all",
  "at",
]);

/** Forms that count as the same word in a banned phrase (inflections and the nearest synonyms). */
const SAME_WORD: Record<string, readonly string[]> = {
  take: ["take", "takes", "taking", "took", "taken", "treat", "treats", "treated"],
  security: ["security", "privacy", "safety", "protection", "cybersecurity", "secure"],
  seriously: ["seriously", "serious", "seriousnes"],
};

/** How many tokens a variant may span beyond the banned phrase's own length (within one clause). */
const EXTRA_SPAN = 5;
const CLAUSE = /[.;:!?\n]+/;

function forms(word: string): readonly string[] {
  return SAME_WORD[word] ?? [word];
}

/**
 * The banned phrase (from the profile) that the text says, or a close variant of it: the phrase's content words
 * (minus filler), each in any listed form, within one clause and a window of the phrase's length plus a few words,
 * in any order.
 * Returns the banned phrase matched, or undefined.
 */
export function bannedPhraseIn(text: string, bannedPhrases: readonly string[]): string | undefined {
  const clauses = text.split(CLAUSE).map((clause) => stems(clause));
  for (const phrase of bannedPhrases) {
    const phraseStems = stems(phrase);
    const content = phraseStems.filter((word) => !FILLER.has(word));
    if (content.length === 0) continue;
    const span = phraseStems.length + EXTRA_SPAN;
    for (const words of clauses) {
      for (let start = 0; start < words.length; start++) {
        if (!content.some((word) => forms(word).includes(words[start]!))) continue;
        const nearby = words.slice(start, start + span);
        if (content.every((word) => forms(word).some((form) => nearby.includes(form)))) return phrase;
      }
    }
  }
  return undefined;
}

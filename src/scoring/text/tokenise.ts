/** One normalised word of free text: lower-case, diacritics removed, plural folded (`breaches` → `breach`). */
export interface Token {
  /** The folded form compared against word lists. */
  stem: string;
  /** The lower-case form as written. */
  raw: string;
  /** True when the token was joined to the previous one by `-`, `_` or `.` without spaces (`re-attack`). */
  joinedToPrevious: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const JOINERS = /^[-_.]$/;

/**
 * Folds an English plural to its singular so word lists match either form; deterministic and deliberately
 * simple (`breaches` → `breach`, `policies` → `policy`, `hacks` → `hack`, `viruses` → `virus`, `analysis` stays).
 */
export function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x|z|us)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const MEMO_LIMIT = 4096;
const memo = new Map<string, Token[]>();

/** Splits free text into tokens, case-insensitive and tolerant of punctuation (`Hack!` → `hack`). */
export function tokenise(text: string): Token[] {
  const known = memo.get(text);
  if (known) return known;
  const tokens = tokeniseUncached(text);
  // why: scoring re-reads the same names and messages for many rules; a bounded memo keeps it pure and fast.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, tokens);
  return tokens;
}

function tokeniseUncached(text: string): Token[] {
  const normalised = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of normalised.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const between = previousEnd >= 0 ? normalised.slice(previousEnd, start) : "";
    tokens.push({ stem: foldPlural(raw), raw, joinedToPrevious: JOINERS.test(between) });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** The folded stems of a text, in order. */
export function stems(text: string): string[] {
  return tokenise(text).map((token) => token.stem);
}

/** True when the token sequence of `phrase` occurs contiguously in `text` (both tokenised and folded). */
export function containsPhrase(text: string, phrase: string): boolean {
  const haystack = stems(text);
  const needle = stems(phrase);
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

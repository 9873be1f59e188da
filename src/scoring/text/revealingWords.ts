import { foldPlural, stems, tokenise } from "./tokenise";

/** Words of at least this length also match as the start of a longer word (`hack` in `hackathon`). */
const PREFIX_MIN = 4;
/** Words of at least this length also match as the end of a compound (`breach` in `opbreach`). */
const SUFFIX_MIN = 5;

/** What a name or title gave away, and which listed word or name it matched. */
export interface RevealingMatch {
  word: string;
  found: string;
}

function candidates(text: string): string[] {
  const tokens = tokenise(text);
  const found = tokens.map((token) => token.stem);
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.joinedToPrevious) found.push(foldPlural(`${tokens[index - 1]!.raw}${token.raw}`));
  }
  return found;
}

function wordMatches(candidate: string, word: string): boolean {
  if (candidate === word) return true;
  if (word.length >= PREFIX_MIN && candidate.startsWith(word)) return true;
  return word.length >= SUFFIX_MIN && candidate.endsWith(word);
}

function nameMatches(text: string, name: string): boolean {
  const nameStems = stems(name);
  if (nameStems.length === 0) return false;
  const textStems = stems(text);
  for (let start = 0; start + nameStems.length <= textStems.length; start++) {
    if (nameStems.every((word, offset) => textStems[start + offset] === word)) return true;
  }
  const joined = foldPlural(nameStems.join(""));
  return candidates(text).some(
    (candidate) => candidate === joined || (joined.length >= SUFFIX_MIN && candidate.includes(joined)),
  );
}

/**
 * The revealing words and names a codename, room name, topic or title contains. Words match whole tokens, plural
 * forms, tokens joined by `-`/`_`/`.` (`re-attack`, `sev-1`), and as prefix (≥ 4 letters) or suffix (≥ 5 letters)
 * of a compound; names (company, vendors, customers) match as a token sequence or written together.
 */
export function revealingMatches(
  text: string,
  words: readonly string[],
  names: readonly string[] = [],
): RevealingMatch[] {
  const found = candidates(text);
  const matches: RevealingMatch[] = [];
  for (const listed of words) {
    const word = foldPlural(listed.toLowerCase());
    const hit = found.find((candidate) => wordMatches(candidate, word));
    if (hit !== undefined) matches.push({ word: listed, found: hit });
  }
  for (const name of names) {
    if (nameMatches(text, name)) matches.push({ word: name, found: name.toLowerCase() });
  }
  return matches;
}

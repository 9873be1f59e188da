import { stems } from "./tokenise";

/** Words that carry no content when comparing a fact's text with a statement. */
const STOPWORDS = new Set(
  "a an and are as at be by for from has have in into is it its of on or the this to was were with which who that their they our we".split(
    " ",
  ),
);

/** A fact text counts as covered when the statement contains at least this share of its content words. */
export const FACT_COVERAGE_SHARE = 0.4;

function contentWords(text: string): string[] {
  return [...new Set(stems(text).filter((word) => word.length > 2 && !STOPWORDS.has(word)))];
}

/** True when every content word of a data-class name (`customer-emails` → customer, email) is in the text. */
export function namesDataClass(text: string, dataClass: string): boolean {
  const words = new Set(stems(text));
  const wanted = contentWords(dataClass);
  return wanted.length > 0 && wanted.every((word) => words.has(word));
}

/** True when the text contains at least FACT_COVERAGE_SHARE of the fact text's content words (and at least two). */
export function coversFact(text: string, factText: string): boolean {
  const words = new Set(stems(text));
  const wanted = contentWords(factText);
  if (wanted.length === 0) return false;
  const hits = wanted.filter((word) => words.has(word)).length;
  return hits >= Math.min(2, wanted.length) && hits / wanted.length >= FACT_COVERAGE_SHARE;
}

/** Share (0..1) of the items the text covers with `covers`; undefined when there are no items. */
export function coverageShare(
  text: string,
  items: readonly string[],
  covers: (text: string, item: string) => boolean,
): number | undefined {
  if (items.length === 0) return undefined;
  return items.filter((item) => covers(text, item)).length / items.length;
}

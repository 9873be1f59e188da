/** Phrasings that deny data was touched ("no customer data was accessed", "your data is safe"). */
const DENIALS: readonly RegExp[] = [
  /\bno (?:customer |personal |user |client |patient |sensitive )?(?:data|information|records?)\b[^.]{0,40}\b(?:accessed|affected|taken|exposed|compromised|exfiltrated|stolen|viewed|impacted|at risk|involved)\b/i,
  /\b(?:data|information|records?) (?:was|were|has|have|is|are)(?: been)? (?:not|never) (?:accessed|affected|taken|exposed|compromised|exfiltrated|stolen|viewed|impacted|at risk)\b/i,
  /\bno evidence (?:that|of)\b[^.]{0,60}\b(?:data|information|records?)\b/i,
  /\b(?:your|customer|customers'|our customers') (?:data|information) (?:is|was|remains?) (?:safe|secure|unaffected)\b/i,
  /\bnot? (?:customer )?(?:data|information) (?:was|were) (?:accessed|affected|taken|exposed|compromised)\b/i,
];

/** The sentences of a text: split after `.`, `!` or `?` and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

/** The first sentence of `text` that denies data was affected, or undefined. */
export function denialIn(text: string): string | undefined {
  for (const sentence of sentencesOf(text))
    if (DENIALS.some((re) => re.test(sentence))) return sentence.trim();
  return undefined;
}

/**
 * why: each suggestion compares a word with every candidate (cost: the product of their lengths), so a file of
 * thousands of unknown references against thousands of ids would take minutes; a file spends at most this many
 * comparison cells on suggestions, and the problems past that point are reported without one.
 */
export const MAX_SUGGESTION_CELLS = 20_000_000;
const MAX_WORD = 200;

/** What one file may still spend on "did you mean" suggestions (pass one per file; omit for a one-off lookup). */
export class SuggestionBudget {
  constructor(private cells = MAX_SUGGESTION_CELLS) {}

  /** Takes `cells` from the budget; false (and nothing taken) when that would overspend it. */
  spend(cells: number): boolean {
    if (cells > this.cells) {
      this.cells = 0;
      return false;
    }
    this.cells -= cells;
    return true;
  }
}

/** Edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `word` (case-insensitive edit distance), or undefined when none is plausibly meant
 * or the budget is spent.
 */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  budget = new SuggestionBudget(),
): string | undefined {
  const lower = word.toLowerCase().slice(0, MAX_WORD);
  const limit = Math.max(2, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - lower.length) > limit) continue;
    if (!budget.spend((lower.length + 1) * (candidate.length + 1))) return best;
    const distance = editDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` when a close candidate exists, else the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, budget?: SuggestionBudget): string {
  const match = closestMatch(word, candidates, budget);
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}

import type { CompiledPlay } from "../../content/compiledPlay";
import type { ScoreCard } from "../../scoring/scoreCard";

const shown = (value: number | undefined) => (value === undefined ? "none" : value.toFixed(1));

/** Every way a play's `expect:` block does not hold for this score card, one sentence each (empty when it holds). */
export function unmetExpectations(play: CompiledPlay, card: ScoreCard): string[] {
  const problems: string[] = [];
  const { score: bounds, dimensions, rules } = play.expect;
  if (bounds?.min !== undefined && card.total < bounds.min)
    problems.push(`expect.score.min ${bounds.min}: scored ${shown(card.total)}`);
  if (bounds?.max !== undefined && card.total > bounds.max)
    problems.push(`expect.score.max ${bounds.max}: scored ${shown(card.total)}`);
  for (const [id, want] of Object.entries(dimensions ?? {})) {
    const got = card.dimensions[id as keyof ScoreCard["dimensions"]];
    if (want?.rating && got?.rating !== want.rating)
      problems.push(`expect.dimensions.${id}.rating ${want.rating}: rated ${got?.rating ?? "none"}`);
    if (want?.min !== undefined && (got?.score ?? 0) < want.min)
      problems.push(`expect.dimensions.${id}.min ${want.min}: scored ${shown(got?.score)}`);
    if (want?.max !== undefined && (got?.score ?? 0) > want.max)
      problems.push(`expect.dimensions.${id}.max ${want.max}: scored ${shown(got?.score)}`);
  }
  for (const outcome of ["met", "partial", "violated", "n/a"] as const) {
    for (const rule of rules?.[outcome] ?? []) {
      const finding = card.findings.find((candidate) => candidate.rule === rule);
      if (finding?.outcome !== outcome)
        problems.push(`expect.rules.${outcome} ${rule}: ${finding?.outcome ?? "not scored"}`);
    }
  }
  return problems;
}

/** What the `expect:` block asks of the total, for a table cell: `≥ 90`, `≤ 40`, `50–70` or `—`. */
export function expectedScore(play: CompiledPlay): string {
  const { min, max } = play.expect.score ?? {};
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return "—";
}

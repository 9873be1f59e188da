import type { ChecklistStepId } from "../../engine/checklist";
import { runPlay } from "../../engine/headless/runPlay";
import type { DimensionId } from "../../engine/organisation";
import { RULES } from "../../scoring/rules/registry";
import type { Outcome } from "../../scoring/scoreCard";
import { scoreDrill } from "../../scoring/scoreDrill";
import { compareText } from "./compareText";
import type { LibraryScenario } from "./loadLibrary";

export const OUTCOMES: readonly Outcome[] = ["met", "partial", "violated", "n/a"];

/** One play of one scenario, as the matrix names it. */
export interface PlayRef {
  scenario: string;
  play: string;
}

/** Where one rubric rule ends with each outcome across the library's plays. */
export interface RuleCoverage {
  rule: string;
  title: string;
  dimension: DimensionId;
  step: ChecklistStepId;
  /** Plays ending with each outcome, sorted by scenario then play. */
  plays: Record<Outcome, PlayRef[]>;
}

/** A rule's reachability gap: met nowhere, violated nowhere, or both (n/a in every play of every scenario). */
export interface CoverageGap {
  rule: string;
  neverMet: boolean;
  neverViolated: boolean;
  /** No play of any scenario gives the rule an occasion (n/a everywhere). */
  noScenario: boolean;
}

function byScenarioThenPlay(a: PlayRef, b: PlayRef): number {
  return compareText(a.scenario, b.scenario) || compareText(a.play, b.play);
}

/** Runs and scores every play of the library and records, for every rule of the registry, which plays end how. */
export function coverageMatrix(library: readonly LibraryScenario[]): RuleCoverage[] {
  const matrix = RULES.map(
    (rule): RuleCoverage => ({
      rule: rule.id,
      title: rule.title,
      dimension: rule.dimension,
      step: rule.step,
      plays: { met: [], partial: [], violated: [], "n/a": [] },
    }),
  );
  const byRule = new Map(matrix.map((entry) => [entry.rule, entry]));
  for (const { scenario, plays } of library) {
    for (const play of plays) {
      const card = scoreDrill(scenario, runPlay(scenario, play).log);
      for (const finding of card.findings)
        byRule.get(finding.rule)?.plays[finding.outcome].push({ scenario: scenario.id, play: play.name });
    }
  }
  for (const entry of matrix) for (const outcome of OUTCOMES) entry.plays[outcome].sort(byScenarioThenPlay);
  return matrix;
}

/** The scenarios among some plays, sorted and without repeats. */
export function scenariosOf(plays: readonly PlayRef[]): string[] {
  return [...new Set(plays.map((ref) => ref.scenario))].sort(compareText);
}

/** Every rule that is not met in some scenario and violated in some scenario, in registry order. */
export function coverageGaps(matrix: readonly RuleCoverage[]): CoverageGap[] {
  return matrix
    .map((entry) => ({
      rule: entry.rule,
      neverMet: entry.plays.met.length === 0,
      neverViolated: entry.plays.violated.length === 0,
      noScenario: entry.plays.met.length + entry.plays.partial.length + entry.plays.violated.length === 0,
    }))
    .filter((gap) => gap.neverMet || gap.neverViolated);
}

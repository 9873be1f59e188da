import type { DrillInput } from "../engine/log";
import type { DimensionId, HseepRating } from "../engine/organisation";

export interface ScoreBounds {
  min?: number;
  max?: number;
}

/** What a play expects of the drill's score card; every part optional. */
export interface PlayExpectation {
  score?: ScoreBounds;
  dimensions?: Partial<Record<DimensionId, ScoreBounds & { rating?: HseepRating }>>;
  /** Rubric rule ids that must end with each outcome. */
  rules?: { met: string[]; partial: string[]; violated: string[]; "n/a": string[] };
}

/** A compiled play script: the drill inputs to replay against its scenario, and what the result must be. */
export interface CompiledPlay {
  scenario: string;
  name: string;
  description: string;
  seed: string;
  /** For a temptation play: the rubric rule it exists to fire. */
  tests?: string;
  inputs: DrillInput[];
  expect: PlayExpectation;
  /** Where each input's step is written (same order as `inputs`): for diagnostics about a step after compiling. */
  stepSources?: StepSource[];
}

/** A play step's position in its file (an extending play's steps may come from the play it extends). */
export interface StepSource {
  file: string;
  line: number;
  col: number;
  /** The step's `id:`, when it has one. */
  id?: string;
}

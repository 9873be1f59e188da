import type { DrillInput } from "../engine/log";
import type { RoleId } from "../engine/organisation";

export const DRILL_FILE_FORMAT = "hotwash-drill";
export const DRILL_FILE_VERSION = 2;
/** why: a long facilitated session records a few thousand inputs; ten times that is a generated or hostile file. */
export const MAX_DRILL_INPUTS = 20_000;
/** Characters in a drill file's text, and bytes of a drill file read from disk or picked in the browser. */
export const MAX_DRILL_CHARS = 10_000_000;

/** How a solo drill was being played (the browser's picker settings). */
export interface SoloSettings {
  pacing: "live" | "turn";
  minutesPerSecond: number;
  assist: boolean;
}

/** A facilitated session's own record: its id, whether it started, its pace and who sat at the table. */
export interface SessionRecord {
  id: string;
  started: boolean;
  /** Sim minutes per real second; 0 is turn-based. */
  speed: number;
  /** ISO date of the session start, from the console's wall clock. */
  startedAt?: string;
  roster: { name: string; role: RoleId }[];
}

/** The capability elements of an HSEEP improvement plan row. */
export const CAPABILITY_ELEMENTS = [
  "Planning",
  "Organization",
  "Equipment",
  "Training",
  "Exercises",
] as const;

/**
 * A person's edit of one improvement plan row of the drill's report, keyed by the row's key (the report's
 * `ReportImprovement.key`); absent fields keep the generated value.
 */
export interface DrillPlanEdit {
  key: string;
  capabilityElement?: (typeof CAPABILITY_ELEMENTS)[number];
  action?: string;
  organisation?: string;
  pointOfContact?: string;
  /** `YYYY-MM-DD`, or empty for no date. */
  start?: string;
  due?: string;
}

/** One drill, solo or facilitated, as every drill file holds it: the scenario, the seed and the inputs. */
export type DrillFile = {
  scenario: string;
  contentHash: string;
  seed: string;
  /** Sim minute the clock had reached (time passes without inputs). */
  now: number;
  savedAt?: string;
  inputs: DrillInput[];
  /** Edits of the report's improvement plan, kept with the drill so every export carries them. */
  planEdits?: DrillPlanEdit[];
} & ({ mode: "solo"; settings: SoloSettings } | { mode: "facilitated"; session: SessionRecord });

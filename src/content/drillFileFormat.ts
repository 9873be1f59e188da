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

/** One drill, solo or facilitated, as every drill file holds it: the scenario, the seed and the inputs. */
export type DrillFile = {
  scenario: string;
  contentHash: string;
  seed: string;
  /** Sim minute the clock had reached (time passes without inputs). */
  now: number;
  savedAt?: string;
  inputs: DrillInput[];
} & ({ mode: "solo"; settings: SoloSettings } | { mode: "facilitated"; session: SessionRecord });

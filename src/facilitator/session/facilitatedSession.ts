import type { DrillInput } from "../../engine/log";
import type { SimMinutes } from "../../engine/time";
import type { ImprovementPlanEdit } from "../../report/afterActionReport";
import type { RosterEntry } from "../roster";

/**
 * A whole facilitated session, event-sourced: the drill is a replay of `inputs` (decisions attributed to roles,
 * injects fired/held/skipped, overrides, observations, discussion and hotwash answers) from `seed`, then the
 * clock advanced to `now`.
 */
export interface FacilitatedSession {
  id: string;
  scenario: string;
  contentHash: string;
  seed: string;
  roster: RosterEntry[];
  inputs: DrillInput[];
  /** Sim minute the clock had reached (time advanced after the last input is not an input). */
  now: SimMinutes;
  /** Whether the facilitator had started the drill (it leaves the briefing). */
  started: boolean;
  /** Live pacing in sim minutes per real second; 0 is turn-based (the facilitator advances the clock). */
  speed: number;
  /** ISO date of the session start, from the shell's wall clock (the report prints it). */
  startedAt?: string;
  /** Edits of the report's improvement plan (organisation, contact, dates…), kept so every export carries them. */
  planEdits?: ImprovementPlanEdit[];
}

const SESSION_ID = /^[a-z0-9-]{4,64}$/;

/** Whether the text is a well-formed session id (it travels in the display URL and the channel name). */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && SESSION_ID.test(value);
}

/** A fresh session id from the given random bytes (shells pass crypto.getRandomValues output). */
export function sessionIdFrom(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

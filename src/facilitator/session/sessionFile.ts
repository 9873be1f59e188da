import type { DrillInput } from "../../engine/log";
import { isSessionRole, type RosterEntry } from "../roster";
import { type FacilitatedSession, isSessionId } from "./facilitatedSession";

export const SESSION_FILE_FORMAT = "hotwash/facilitated-session";
export const SESSION_FILE_VERSION = 1;

/** What the console knows about a scenario it can run, to check a session file against. */
export interface KnownScenario {
  id: string;
  contentHash: string;
}

export type SessionFileResult = { ok: true; session: FacilitatedSession } | { ok: false; message: string };

/** The session as the JSON text of a session file (stable key order, 2-space indent). */
export function serialiseSession(session: FacilitatedSession): string {
  const file = {
    format: SESSION_FILE_FORMAT,
    formatVersion: SESSION_FILE_VERSION,
    id: session.id,
    scenario: session.scenario,
    contentHash: session.contentHash,
    seed: session.seed,
    startedAt: session.startedAt,
    started: session.started,
    now: session.now,
    speed: session.speed,
    roster: session.roster,
    inputs: session.inputs,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a session file; never throws. Corrupt JSON, a foreign format, an unknown version, an unknown scenario or a
 * scenario whose content differs gives a message saying which, and no session.
 */
export function parseSessionFile(text: string, scenarios: readonly KnownScenario[]): SessionFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not a Hotwash session file: it is not valid JSON." };
  }
  if (!isRecord(data) || data.format !== SESSION_FILE_FORMAT)
    return { ok: false, message: "This file is not a Hotwash facilitated session file." };
  if (data.formatVersion !== SESSION_FILE_VERSION)
    return {
      ok: false,
      message: `This session file has format version ${String(data.formatVersion)}; this console reads version ${SESSION_FILE_VERSION}.`,
    };
  const problem = shapeProblem(data);
  if (problem) return { ok: false, message: `This session file is damaged: ${problem}.` };
  const scenario = scenarios.find((known) => known.id === data.scenario);
  if (!scenario)
    return {
      ok: false,
      message: `This session is for the scenario "${String(data.scenario)}", which is not installed.`,
    };
  if (scenario.contentHash !== data.contentHash)
    return {
      ok: false,
      message: `The scenario "${scenario.id}" has changed since this session was saved (content hash differs); it cannot be replayed faithfully.`,
    };
  const session: FacilitatedSession = {
    id: data.id as string,
    scenario: data.scenario as string,
    contentHash: data.contentHash as string,
    seed: data.seed as string,
    roster: (data.roster as RosterEntry[]).map((entry) => ({ name: entry.name, role: entry.role })),
    inputs: data.inputs as DrillInput[],
    now: data.now as number,
    started: data.started as boolean,
    speed: data.speed as number,
  };
  if (typeof data.startedAt === "string") session.startedAt = data.startedAt;
  return { ok: true, session };
}

function shapeProblem(data: Record<string, unknown>): string | undefined {
  if (!isSessionId(data.id)) return "the session id is missing or malformed";
  if (typeof data.scenario !== "string" || data.scenario === "") return "the scenario id is missing";
  if (typeof data.contentHash !== "string") return "the content hash is missing";
  if (typeof data.seed !== "string") return "the seed is missing";
  if (!Number.isInteger(data.now)) return "the clock position is missing";
  if (typeof data.started !== "boolean") return "whether the drill started is missing";
  if (typeof data.speed !== "number" || !(data.speed >= 0)) return "the clock speed is missing";
  if (data.startedAt !== undefined && typeof data.startedAt !== "string")
    return "the start date is malformed";
  if (!Array.isArray(data.roster)) return "the roster is missing";
  for (const [index, entry] of data.roster.entries()) {
    if (!isRecord(entry) || typeof entry.name !== "string" || !isSessionRole(entry.role))
      return `roster entry ${index + 1} needs a name and one of the session roles`;
  }
  if (!Array.isArray(data.inputs)) return "the inputs are missing";
  let previous = Number.NEGATIVE_INFINITY;
  for (const [index, input] of data.inputs.entries()) {
    if (!isRecord(input) || !Number.isInteger(input.at) || !isRecord(input.intent))
      return `input ${index + 1} needs a sim time and an intent`;
    if (typeof input.intent.type !== "string") return `input ${index + 1} has no intent type`;
    if ((input.at as number) < previous) return `input ${index + 1} goes back in time`;
    if (input.by !== undefined && typeof input.by !== "string")
      return `input ${index + 1} has a malformed role`;
    if (input.actorName !== undefined && typeof input.actorName !== "string")
      return `input ${index + 1} has a malformed name`;
    previous = input.at as number;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

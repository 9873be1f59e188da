import type { FacilitatedSession } from "./facilitatedSession";

/** What the console knows about a scenario it can run, to check a session file against. */
export interface KnownScenario {
  id: string;
  contentHash: string;
}

export type SessionFileResult = { ok: true; session: FacilitatedSession } | { ok: false; message: string };

/**
 * How session files are written and read. The shell passes the drill file format (docs/drill-file.md): the
 * console cannot import the content reader, and the team display must not load it.
 */
export interface SessionFileFormat {
  /** No session file is larger; a larger one is refused before it is read. */
  maxBytes: number;
  write(session: FacilitatedSession): string;
  /** The session in a file's text, or one line naming the file and what is wrong; never throws. */
  read(text: string, file: string): SessionFileResult;
}

/**
 * Reads a session file with the shell's format, then checks that its scenario is installed and unchanged; never
 * throws. Every refusal is one line naming the file.
 */
export function parseSessionFile(
  text: string,
  file: string,
  format: SessionFileFormat,
  scenarios: readonly KnownScenario[],
): SessionFileResult {
  const read = format.read(text, file);
  if (!read.ok) return read;
  const { session } = read;
  const scenario = scenarios.find((known) => known.id === session.scenario);
  if (!scenario)
    return { ok: false, message: `${file}: the scenario "${session.scenario}" is not installed` };
  if (scenario.contentHash !== session.contentHash)
    return {
      ok: false,
      message: `${file}: the scenario "${scenario.id}" has changed since this session was saved (content hash differs); it cannot be replayed faithfully`,
    };
  return read;
}

/** The session in a file the facilitator picked: refused unread when too large, else read like parseSessionFile. */
export async function readSessionFile(
  file: Blob & { name: string },
  format: SessionFileFormat,
  scenarios: readonly KnownScenario[],
): Promise<SessionFileResult> {
  if (file.size > format.maxBytes)
    return {
      ok: false,
      message: `${file.name}: the file has ${file.size} bytes; the limit is ${format.maxBytes}`,
    };
  return parseSessionFile(await file.text(), file.name, format, scenarios);
}

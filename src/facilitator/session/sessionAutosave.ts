import type { FacilitatedSession } from "./facilitatedSession";
import { type KnownScenario, parseSessionFile, type SessionFileFormat } from "./sessionFile";

export const AUTOSAVE_KEY = "hotwash.facilitator.session";

/** Writes the session to storage; a quota or access error comes back as a message, never thrown. */
export function autosaveSession(
  storage: Storage,
  session: FacilitatedSession,
  format: SessionFileFormat,
): string | undefined {
  try {
    storage.setItem(AUTOSAVE_KEY, format.write(session));
    return undefined;
  } catch (error) {
    return `Autosave failed: ${error instanceof Error ? error.message : String(error)}. Save the session to a file.`;
  }
}

/** The autosaved session, or why it cannot be resumed together with its text (to offer for download). */
export type AutosavedSession =
  | { ok: true; session: FacilitatedSession }
  | { ok: false; message: string; text?: string };

/**
 * The autosaved session, checked like a session file; undefined when nothing was saved. why: storage is not
 * trusted, so an autosave that does not read is taken out of storage at once (the caller reports it once and offers
 * its text for download) instead of being offered again on every visit.
 */
export function loadAutosavedSession(
  storage: Storage,
  scenarios: readonly KnownScenario[],
  format: SessionFileFormat,
): AutosavedSession | undefined {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { ok: false, message: "The browser refused access to the autosaved session." };
  }
  if (text === null) return undefined;
  const result = parseSessionFile(text, "the autosaved session", format, scenarios);
  if (result.ok) return result;
  clearAutosavedSession(storage);
  return { ok: false, message: result.message, text };
}

/** Forgets the autosaved session (after the facilitator discards it). */
export function clearAutosavedSession(storage: Storage): void {
  try {
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // why: nothing to clean when the browser denies storage; the console already reported it on save.
  }
}

import type { FacilitatedSession } from "./facilitatedSession";
import {
  type KnownScenario,
  parseSessionFile,
  type SessionFileResult,
  serialiseSession,
} from "./sessionFile";

export const AUTOSAVE_KEY = "hotwash.facilitator.session";

/** Writes the session to storage; a quota or access error comes back as a message, never thrown. */
export function autosaveSession(storage: Storage, session: FacilitatedSession): string | undefined {
  try {
    storage.setItem(AUTOSAVE_KEY, serialiseSession(session));
    return undefined;
  } catch (error) {
    return `Autosave failed: ${error instanceof Error ? error.message : String(error)}. Save the session to a file.`;
  }
}

/** The autosaved session, checked like a session file; undefined when nothing was saved. */
export function loadAutosavedSession(
  storage: Storage,
  scenarios: readonly KnownScenario[],
): SessionFileResult | undefined {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { ok: false, message: "The browser refused access to the autosaved session." };
  }
  return text === null ? undefined : parseSessionFile(text, scenarios);
}

/** Forgets the autosaved session (after the facilitator discards it). */
export function clearAutosavedSession(storage: Storage): void {
  try {
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // why: nothing to clean when the browser denies storage; the console already reported it on save.
  }
}

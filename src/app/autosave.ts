import { type SavedDrill, serializeDrill } from "./savedDrill";

export const AUTOSAVE_KEY = "hotwash.drill.v1";

export interface Autosave {
  /** Writes the drill; returns a message for the player when storage refuses (quota, privacy mode). */
  save(drill: SavedDrill): string | undefined;
  /** The saved drill's text, or undefined when there is none or storage is unreadable (parse it with parseSavedDrill). */
  loadText(): string | undefined;
  clear(): void;
}

/** Autosave of the event-sourced drill in Web Storage; failures are reported, never swallowed. */
export function createAutosave(storage: () => Storage): Autosave {
  return {
    save(drill) {
      try {
        storage().setItem(AUTOSAVE_KEY, serializeDrill(drill));
        return undefined;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return `Your drill could not be saved in this browser (${reason}). Export it to a file to keep it.`;
      }
    },
    loadText() {
      try {
        return storage().getItem(AUTOSAVE_KEY) ?? undefined;
      } catch {
        return undefined;
      }
    },
    clear() {
      try {
        storage().removeItem(AUTOSAVE_KEY);
      } catch {
        // why: a storage that refuses removal leaves nothing to clean up for the player.
      }
    },
  };
}

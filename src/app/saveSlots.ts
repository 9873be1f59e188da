import { type SavedDrill, serializeDrill } from "./savedDrill";

/** The single autosave of earlier versions, moved into a slot the first time the list is read. */
export const LEGACY_AUTOSAVE_KEY = "hotwash.drill.v1";
const INDEX_KEY = "hotwash.drills.v1";
const DRILL_PREFIX = "hotwash.drills.v1.";

/** One saved drill in the list: what the picker shows, without reading the drill itself. */
export interface SlotEntry {
  id: string;
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  seed: string;
  /** Sim minute reached. */
  now: number;
  /** ISO times. */
  createdAt: string;
  savedAt: string;
  ended: boolean;
}

export interface SaveSlots {
  /** Every saved drill, the most recently saved first. */
  list(): SlotEntry[];
  /** A slot's drill text, or undefined when there is none or storage is unreadable (parse it with parseSavedDrill). */
  loadText(id: string): string | undefined;
  /** Writes a slot, creating its entry on first save; returns a sentence for the player when storage refuses. */
  save(id: string, drill: SavedDrill, about: { scenarioTitle: string; ended: boolean }): string | undefined;
  rename(id: string, name: string): void;
  /** Deletes a slot and everything kept for it (drafts, read state, its tab lease). */
  remove(id: string): void;
}

/** Several named, dated saved drills in Web Storage: an index plus one key per drill; failures are reported. */
export function createSaveSlots(
  storage: () => Storage,
  clock: { now(): string; newId(): string },
  alsoRemove: (id: string) => string[] = () => [],
): SaveSlots {
  const read = (): SlotEntry[] => {
    try {
      const data: unknown = JSON.parse(storage().getItem(INDEX_KEY) ?? "[]");
      return Array.isArray(data) ? data.filter(isEntry) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: SlotEntry[]) => storage().setItem(INDEX_KEY, JSON.stringify(entries));
  const migrate = () => {
    try {
      const legacy = storage().getItem(LEGACY_AUTOSAVE_KEY);
      if (!legacy) return;
      const data = JSON.parse(legacy) as Partial<SavedDrill>;
      if (typeof data.scenarioId === "string" && typeof data.seed === "string") {
        const id = clock.newId();
        const at = typeof data.savedAt === "string" ? data.savedAt : clock.now();
        storage().setItem(DRILL_PREFIX + id, legacy);
        write([
          ...read(),
          {
            id,
            name: `${data.scenarioId}, seed ${data.seed}`,
            scenarioId: data.scenarioId,
            scenarioTitle: data.scenarioId,
            seed: data.seed,
            now: typeof data.now === "number" ? data.now : 0,
            createdAt: at,
            savedAt: at,
            ended: false,
          },
        ]);
      }
      storage().removeItem(LEGACY_AUTOSAVE_KEY);
    } catch {
      // why: an unreadable old autosave is left where it is; the new list still works.
    }
  };
  return {
    list() {
      migrate();
      return read().sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    loadText(id) {
      try {
        return storage().getItem(DRILL_PREFIX + id) ?? undefined;
      } catch {
        return undefined;
      }
    },
    save(id, drill, about) {
      try {
        const entries = read();
        const at = clock.now();
        const existing = entries.find((entry) => entry.id === id);
        const entry: SlotEntry = {
          id,
          name: existing?.name ?? `${about.scenarioTitle}, seed ${drill.seed}`,
          scenarioId: drill.scenarioId,
          scenarioTitle: about.scenarioTitle,
          seed: drill.seed,
          now: drill.now,
          createdAt: existing?.createdAt ?? at,
          savedAt: at,
          ended: about.ended,
        };
        storage().setItem(DRILL_PREFIX + id, serializeDrill({ ...drill, savedAt: at }));
        write([...entries.filter((candidate) => candidate.id !== id), entry]);
        return undefined;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return `Your drill could not be saved in this browser (${reason}). Export it to a file to keep it.`;
      }
    },
    rename(id, name) {
      const trimmed = name.trim();
      if (!trimmed) return;
      try {
        write(read().map((entry) => (entry.id === id ? { ...entry, name: trimmed } : entry)));
      } catch {
        // why: a refused rename keeps the old name, which the list still shows.
      }
    },
    remove(id) {
      try {
        write(read().filter((entry) => entry.id !== id));
        for (const key of [DRILL_PREFIX + id, ...alsoRemove(id)]) storage().removeItem(key);
      } catch {
        // why: a storage that refuses removal leaves the entry listed, so nothing looks deleted that is not.
      }
    },
  };
}

function isEntry(value: unknown): value is SlotEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === "string" &&
    typeof entry.name === "string" &&
    typeof entry.scenarioId === "string" &&
    typeof entry.scenarioTitle === "string" &&
    typeof entry.seed === "string" &&
    typeof entry.now === "number" &&
    typeof entry.createdAt === "string" &&
    typeof entry.savedAt === "string" &&
    typeof entry.ended === "boolean"
  );
}

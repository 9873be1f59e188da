import type { OpsRoomMemory } from "../ui/opsRoomMemory";

/** The key of a drill's drafts and read state. */
export function memoryKey(slot: string): string {
  return `hotwash.desk.v1.${slot}`;
}

/**
 * A drill's drafts and read injects kept in Web Storage under its slot, written only while `writable()` (the tab holds
 * the drill); a storage that refuses writes keeps them for the page's life.
 */
export function storedOpsRoomMemory(
  storage: () => Storage,
  slot: string,
  writable: () => boolean,
): OpsRoomMemory {
  const key = memoryKey(slot);
  let state: { drafts: Record<string, string>; read: string[] } = { drafts: {}, read: [] };
  try {
    const data = JSON.parse(storage().getItem(key) ?? "null") as { drafts?: unknown; read?: unknown } | null;
    if (data && typeof data.drafts === "object" && data.drafts !== null)
      state.drafts = Object.fromEntries(
        Object.entries(data.drafts).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      );
    if (Array.isArray(data?.read))
      state.read = data.read.filter((id): id is string => typeof id === "string");
  } catch {
    state = { drafts: {}, read: [] };
  }
  const persist = () => {
    if (!writable()) return;
    try {
      storage().setItem(key, JSON.stringify(state));
    } catch {
      // why: drafts are a convenience; the drill's own save reports storage problems to the player.
    }
  };
  return {
    draft: (name) => (Object.hasOwn(state.drafts, name) ? state.drafts[name] : undefined),
    setDraft(name, value) {
      if (state.drafts[name] === value) return;
      if (value === "") delete state.drafts[name];
      else state.drafts[name] = value;
      persist();
    },
    readInjects: () => state.read,
    markRead(inject) {
      if (state.read.includes(inject)) return;
      state.read = [...state.read, inject];
      persist();
    },
  };
}

import { describe, expect, it } from "vitest";
import { parseSavedDrill } from "../../src/app/readSavedDrill";
import type { SavedDrill } from "../../src/app/savedDrill";
import { createSaveSlots, LEGACY_AUTOSAVE_KEY } from "../../src/app/saveSlots";
import { memoryStorage } from "./support/memoryStorage";

const catalogue = new Map([["borrowed-keys", { contentHash: "a".repeat(64), title: "Borrowed Keys" }]]);

const drill: SavedDrill = {
  scenarioId: "borrowed-keys",
  contentHash: "a".repeat(64),
  seed: "42",
  inputs: [{ at: 0, intent: { type: "page-ic" } }],
  now: 5,
  settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
};

function slotsOver(storage: Storage, extra: (id: string) => string[] = () => []) {
  let minute = 0;
  let id = 0;
  return createSaveSlots(
    () => storage,
    {
      now: () => `2026-03-02T14:${String(minute++).padStart(2, "0")}:00.000Z`,
      newId: () => `slot-${++id}`,
    },
    extra,
  );
}

describe("save slots: several named, dated drills in one browser", () => {
  it("keeps two drills side by side, the most recently saved first, each with its name and dates", () => {
    const slots = slotsOver(memoryStorage());
    expect(slots.save("one", drill, { scenarioTitle: "Borrowed Keys", ended: false })).toBeUndefined();
    slots.save("two", { ...drill, seed: "7", now: 30 }, { scenarioTitle: "Borrowed Keys", ended: false });
    slots.save("one", { ...drill, now: 90 }, { scenarioTitle: "Borrowed Keys", ended: false });
    expect(slots.list()).toEqual([
      expect.objectContaining({
        id: "one",
        name: "Borrowed Keys, seed 42",
        now: 90,
        createdAt: "2026-03-02T14:00:00.000Z",
        savedAt: "2026-03-02T14:02:00.000Z",
      }),
      expect.objectContaining({ id: "two", name: "Borrowed Keys, seed 7", now: 30 }),
    ]);
    const reread = parseSavedDrill(slots.loadText("two") ?? "", catalogue);
    expect(reread.ok && reread.drill.seed).toBe("7");
  });

  it("renames a drill and keeps the name through later saves", () => {
    const slots = slotsOver(memoryStorage());
    slots.save("one", drill, { scenarioTitle: "Borrowed Keys", ended: false });
    slots.rename("one", "  Friday practice ");
    slots.save("one", { ...drill, now: 60 }, { scenarioTitle: "Borrowed Keys", ended: true });
    expect(slots.list()[0]).toMatchObject({ name: "Friday practice", now: 60, ended: true });
  });

  it("deletes a drill with what was kept for it, and leaves the others", () => {
    const storage = memoryStorage();
    const slots = slotsOver(storage, (id) => [`drafts.${id}`]);
    slots.save("one", drill, { scenarioTitle: "Borrowed Keys", ended: false });
    slots.save("two", drill, { scenarioTitle: "Borrowed Keys", ended: false });
    storage.setItem("drafts.one", "{}");
    slots.remove("one");
    expect(slots.list().map((entry) => entry.id)).toEqual(["two"]);
    expect(slots.loadText("one")).toBeUndefined();
    expect(storage.getItem("drafts.one")).toBeNull();
  });

  it("moves the single autosave of earlier versions into a slot instead of losing it", () => {
    const storage = memoryStorage();
    const { scenarioId, ...rest } = drill;
    const firstVersion = { formatVersion: 1, kind: "hotwash-drill", scenarioId, ...rest };
    storage.setItem(
      LEGACY_AUTOSAVE_KEY,
      JSON.stringify({ ...firstVersion, savedAt: "2026-01-05T09:00:00.000Z" }),
    );
    const slots = slotsOver(storage);
    const [entry] = slots.list();
    expect(entry).toMatchObject({ id: "slot-1", scenarioId: "borrowed-keys", seed: "42", now: 5 });
    expect(parseSavedDrill(slots.loadText("slot-1") ?? "", catalogue).ok).toBe(true);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
    expect(slots.list()).toHaveLength(1);
  });

  it("reports a full storage instead of swallowing it", () => {
    const storage = memoryStorage();
    storage.refuse = true;
    expect(slotsOver(storage).save("one", drill, { scenarioTitle: "Borrowed Keys", ended: false })).toMatch(
      /could not be saved in this browser \(The quota has been exceeded\.\)\. Export it/,
    );
  });
});

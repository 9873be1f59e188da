import { describe, expect, it } from "vitest";
import { createAutosave } from "../../src/app/autosave";
import { parseSavedDrill, type SavedDrill, serializeDrill } from "../../src/app/savedDrill";

const catalogue = new Map([["borrowed-keys", { contentHash: "a".repeat(64), title: "Borrowed Keys" }]]);

const drill: SavedDrill = {
  formatVersion: 1,
  kind: "hotwash-drill",
  scenarioId: "borrowed-keys",
  contentHash: "a".repeat(64),
  seed: "42",
  inputs: [
    { at: 0, intent: { type: "page-ic" } },
    { at: 5, intent: { type: "clock.advance" } },
  ],
  now: 5,
  settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
};

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => data.delete(key),
    setItem: (key, value) => data.set(key, value),
  };
}

describe("saved drills: export, import and autosave", () => {
  it("round-trips a drill through its file text", () => {
    expect(parseSavedDrill(serializeDrill(drill), catalogue)).toEqual({ ok: true, drill });
  });

  it.each([
    ["corrupt JSON", "{ nope", /not valid JSON/],
    ["another kind of file", JSON.stringify({ hello: 1 }), /not a Hotwash drill export/],
    ["an unknown format version", JSON.stringify({ ...drill, formatVersion: 2 }), /format version 2/],
    [
      "an unknown scenario",
      JSON.stringify({ ...drill, scenarioId: "nope" }),
      /“nope”, which this Hotwash does not have/,
    ],
    [
      "a different content hash",
      JSON.stringify({ ...drill, contentHash: "b".repeat(64) }),
      /content hash differs/,
    ],
    [
      "inputs that are not timed actions",
      JSON.stringify({ ...drill, inputs: [{ at: "x" }] }),
      /inputs are not a list/,
    ],
  ])("refuses %s with a sentence for the player", (_label, text, message) => {
    const parsed = parseSavedDrill(text, catalogue);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it("autosaves and loads the drill", () => {
    const storage = memoryStorage();
    const autosave = createAutosave(() => storage);
    expect(autosave.save(drill)).toBeUndefined();
    expect(parseSavedDrill(autosave.loadText() ?? "", catalogue)).toEqual({ ok: true, drill });
    autosave.clear();
    expect(autosave.loadText()).toBeUndefined();
  });

  it("reports a full storage instead of swallowing it", () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const message = createAutosave(() => storage).save(drill);
    expect(message).toMatch(
      /could not be saved in this browser \(The quota has been exceeded\.\)\. Export it/,
    );
  });
});

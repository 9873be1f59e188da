import { describe, expect, it } from "vitest";
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

describe("saved drills: export and import", () => {
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
});

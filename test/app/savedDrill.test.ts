import { describe, expect, it } from "vitest";
import { parseSavedDrill } from "../../src/app/readSavedDrill";
import { type SavedDrill, serializeDrill } from "../../src/app/savedDrill";

const catalogue = new Map([["borrowed-keys", { contentHash: "a".repeat(64), title: "Borrowed Keys" }]]);

const drill: SavedDrill = {
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

/** The drill's file, changed by `edit`. */
function edited(edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeDrill(drill));
  edit(file);
  return JSON.stringify(file);
}

describe("saved drills: export and import", () => {
  it("round-trips a drill through its file text, a drill file of mode solo", () => {
    expect(JSON.parse(serializeDrill(drill))).toMatchObject({
      format: "hotwash-drill",
      formatVersion: 2,
      mode: "solo",
    });
    expect(parseSavedDrill(serializeDrill(drill), catalogue)).toEqual({ ok: true, drill });
  });

  it("imports a drill exported by the first version", () => {
    const { scenarioId, ...rest } = drill;
    const old = JSON.stringify({ formatVersion: 1, kind: "hotwash-drill", scenarioId, ...rest });
    expect(parseSavedDrill(old, catalogue)).toEqual({ ok: true, drill });
  });

  it.each([
    ["corrupt JSON", "{ nope", /not valid JSON/],
    ["another kind of file", JSON.stringify({ hello: 1 }), /not a Hotwash drill file/],
    ["an unknown format version", edited((file) => (file.formatVersion = 3)), /format version 3/],
    [
      "an unknown scenario",
      edited((file) => (file.scenario = "nope")),
      /“nope”, which this Hotwash does not have/,
    ],
    [
      "a different content hash",
      edited((file) => (file.contentHash = "b".repeat(64))),
      /content hash differs/,
    ],
    [
      "inputs that are not timed actions",
      edited((file) => (file.inputs = [{ at: "x" }])),
      /input 1: missing "intent"/,
    ],
    [
      "a facilitated session",
      edited((file) => {
        file.mode = "facilitated";
        delete file.settings;
        file.session = { id: "abcd1234", started: true, speed: 0, roster: [] };
      }),
      /a facilitated session, not a solo drill/,
    ],
  ])("refuses %s with one sentence naming the file", (_label, text, message) => {
    const parsed = parseSavedDrill(text, catalogue, "drill.json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
    if (!parsed.ok) expect(parsed.message).toMatch(/^drill\.json: /);
  });
});

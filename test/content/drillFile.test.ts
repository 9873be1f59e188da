import { describe, expect, it } from "vitest";
import { type DrillFile, MAX_DRILL_CHARS, MAX_DRILL_INPUTS } from "../../src/content/drillFileFormat";
import { readDrillFile } from "../../src/content/readDrillFile";
import { FACILITATOR_ONLY } from "../../src/content/shape/drillShape";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import type { DrillInput } from "../../src/engine/log";
import { hostileDrillFiles } from "../support/hostileFiles";

const HASH = "a".repeat(64);

function soloDrill(): DrillFile {
  return {
    mode: "solo",
    scenario: "borrowed-keys",
    contentHash: HASH,
    seed: "42",
    now: 30,
    savedAt: "2026-11-28T10:00:00.000Z",
    settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
    inputs: [
      { at: 0, intent: { type: "page-ic" } },
      {
        at: 4,
        intent: {
          type: "send-message",
          channel: "room",
          to: ["ana"],
          body: "Rotate the key",
          encrypted: true,
        },
      },
      { at: 5, intent: { type: "clock.advance" } },
    ],
  };
}

function session(): DrillFile {
  return {
    mode: "facilitated",
    scenario: "borrowed-keys",
    contentHash: HASH,
    seed: "7",
    now: 40,
    session: {
      id: "a1b2c3d4",
      started: true,
      speed: 5,
      startedAt: "2026-11-28",
      roster: [{ name: "Ana", role: "incident-commander" }],
    },
    inputs: [
      { at: 2, by: "incident-commander", actorName: "Ana", intent: { type: "page-ic" } },
      { at: 10, intent: { type: "inject.fire", inject: "vendor-mail" } },
      {
        at: 12,
        intent: {
          type: "finding.override",
          rule: "codename.set-early",
          outcome: "met",
          rationale: "paged by phone",
        },
      },
    ],
  };
}

/** A solo drill's file as JSON, changed by `edit` (which may reach anywhere into it). */
// biome-ignore lint/suspicious/noExplicitAny: an edit reaches anywhere into the untyped JSON of a file
function edited(edit: (file: Record<string, any>) => void, drill: DrillFile = soloDrill()): string {
  const file = JSON.parse(writeDrillFile(drill));
  edit(file);
  return JSON.stringify(file);
}

function refusal(text: string): string {
  const read = readDrillFile(text, "drill.json");
  if (read.ok) throw new Error("the file was accepted");
  return read.message;
}

describe("the drill file", () => {
  it("round-trips a solo drill and a facilitated session, the same text when written again", () => {
    for (const drill of [soloDrill(), session()]) {
      const text = writeDrillFile(drill);
      const read = readDrillFile(text, "drill.json");
      expect(read).toEqual({ ok: true, drill });
      if (read.ok) expect(writeDrillFile(read.drill)).toBe(text);
    }
  });

  it("keeps the improvement plan edits people made, and refuses a plan date that is not a day", () => {
    const drill: DrillFile = {
      ...soloDrill(),
      planEdits: [
        {
          key: "lesson-1",
          pointOfContact: "Dana Whitfield",
          due: "2027-01-31",
          capabilityElement: "Training",
        },
      ],
    };
    const text = writeDrillFile(drill);
    expect(readDrillFile(text, "drill.json")).toEqual({ ok: true, drill });
    expect(refusal(edited((file) => (file.planEdits[0].due = "31/01/2027"), drill))).toMatch(
      'drill.json: plan edit 1 › due: "31/01/2027" is not a date YYYY-MM-DD (or empty)',
    );
  });

  it("reads a first-version browser export and session file as they were meant", () => {
    const { mode: _mode, scenario, ...rest } = soloDrill();
    const export1 = { formatVersion: 1, kind: "hotwash-drill", scenarioId: scenario, ...rest };
    expect(readDrillFile(JSON.stringify(export1), "old.json")).toEqual({ ok: true, drill: soloDrill() });
    const facilitated = session();
    if (facilitated.mode !== "facilitated") throw new Error("not a session");
    const { mode: _m, session: record, ...common } = facilitated;
    const session1 = { format: "hotwash/facilitated-session", formatVersion: 1, ...record, ...common };
    expect(readDrillFile(JSON.stringify(session1), "old.json")).toEqual({ ok: true, drill: session() });
  });

  it.each(FACILITATOR_ONLY.map((type) => [type]))("refuses a solo drill that holds %s", (type) => {
    const intent = session().inputs.find((input) => input.intent.type === type)?.intent ?? { type };
    const message = refusal(edited((file) => file.inputs.push({ at: 30, intent })));
    expect(message).toMatch(
      `drill.json: input 4 › intent: a solo drill holds no facilitator control: "${type}"`,
    );
  });

  it.each([
    ["not JSON", "{ nope", "drill.json: not a Hotwash drill file: it is not valid JSON"],
    ["a list", "[]", "drill.json: not a Hotwash drill file: it holds no drill"],
    ["another kind of file", JSON.stringify({ format: "other" }), "drill.json: not a Hotwash drill file"],
    [
      "a future version",
      edited((file) => (file.formatVersion = 3)),
      "drill.json: format version 3; this Hotwash reads version 2",
    ],
    [
      "inputs that go back in time",
      edited((file) => (file.inputs[2].at = 3)),
      "drill.json: input 3 at T+0:03 goes back in time (input 2 is at T+0:04)",
    ],
    [
      "a clock before its last input",
      edited((file) => (file.now = 1)),
      "drill.json: the clock (now T+0:01) is before the last input (T+0:05)",
    ],
    [
      "a time that is not finite",
      edited((file) => (file.inputs[0].at = "HUGE")).replace('"HUGE"', "1e400"),
      "input 1 › at: expected an integer, got the number Infinity",
    ],
    [
      "a time out of range",
      edited((file) => (file.inputs[0].at = -5)),
      "input 1 › at: -5 is outside 0..10000000",
    ],
    ["a fractional time", edited((file) => (file.inputs[0].at = 0.5)), "input 1 › at: expected an integer"],
    [
      "a number where text belongs",
      edited((file) => (file.inputs[1].intent.body = 3)),
      "drill.json: input 2 › intent › body: expected text, got the number 3",
    ],
    [
      "text where a number belongs",
      edited((file) => (file.now = "30")),
      'drill.json: now: expected an integer, got text "30"',
    ],
    [
      "an unknown intent",
      edited((file) => (file.inputs[0].intent = { type: "drop-tables" })),
      'drill.json: input 1 › intent: unknown type "drop-tables"',
    ],
    [
      "an inherited name as an intent",
      edited((file) => (file.inputs[0].intent = { type: "constructor" })),
      'unknown type "constructor"',
    ],
    ["no content hash", edited((file) => delete file.contentHash), 'drill.json: missing "contentHash"'],
    [
      "a malformed content hash",
      edited((file) => (file.contentHash = "abc")),
      'drill.json: contentHash: "abc" is not a SHA-256 content hash (64 hex digits)',
    ],
    [
      "a scenario id that is a path",
      edited((file) => (file.scenario = "../../x")),
      'drill.json: scenario: "../../x" is not a kebab-case id',
    ],
    [
      "an unknown key",
      edited((file) => (file.inputs[0].evil = true)),
      'drill.json: input 1: unknown key "evil"',
    ],
    [
      "a __proto__ key",
      edited((file) => (file.settings = JSON.parse('{"__proto__": {"assist": false}}'))),
      'drill.json: settings: unknown key "__proto__"',
    ],
    [
      "too many inputs",
      edited((file) => {
        file.inputs = Array.from({ length: MAX_DRILL_INPUTS + 1 }, () => ({
          at: 0,
          intent: { type: "page-ic" },
        }));
        file.now = 0;
      }),
      `drill.json: inputs: has ${MAX_DRILL_INPUTS + 1} items; the limit is ${MAX_DRILL_INPUTS}`,
    ],
    [
      "too much text",
      `{"pad": "${"x".repeat(MAX_DRILL_CHARS)}"}`,
      `drill.json: the file has ${MAX_DRILL_CHARS + 11} characters; the limit is ${MAX_DRILL_CHARS}`,
    ],
    [
      "a session roster role a session does not know",
      edited((file) => (file.session.roster[0].role = "attacker"), session()),
      'drill.json: session › roster entry 1 › role: "attacker" is not one of',
    ],
  ])("refuses %s in one line naming the file", (_case, text, message) => {
    const refused = refusal(text);
    expect(refused).toContain(message);
    expect(refused).toMatch(/^drill\.json: /);
    expect(refused).not.toContain("\n");
  });

  it("accepts the largest drill the limits allow", () => {
    const inputs: DrillInput[] = Array.from({ length: MAX_DRILL_INPUTS }, (_, index) => ({
      at: Math.floor(index / 10),
      intent: { type: "note", text: `note ${index}` },
    }));
    const drill: DrillFile = { ...soloDrill(), inputs, now: MAX_DRILL_INPUTS / 10 };
    const read = readDrillFile(writeDrillFile(drill), "big.json");
    expect(read.ok).toBe(true);
  });

  it.each(hostileDrillFiles().map((hostile) => [hostile.kind, hostile] as const))(
    "judges a hostile-size drill file: %s",
    (_kind, hostile) => {
      const read = readDrillFile(hostile.text, hostile.file);
      if (hostile.code === "log hash") expect(read.ok).toBe(true);
      else expect(read.ok ? "accepted" : read.message).toContain(hostile.code);
    },
  );
});

import { describe, expect, it } from "vitest";
import type { FacilitatedSession } from "../../../src/facilitator/session/facilitatedSession";
import { parseSessionFile, serialiseSession } from "../../../src/facilitator/session/sessionFile";

const installed = [{ id: "borrowed-keys", contentHash: "hash-1" }];

function session(): FacilitatedSession {
  return {
    id: "a1b2c3d4",
    scenario: "borrowed-keys",
    contentHash: "hash-1",
    seed: "42",
    roster: [
      { name: "Ana", role: "incident-commander" },
      { name: "Ben", role: "scribe" },
    ],
    inputs: [
      { at: 2, by: "incident-commander", actorName: "Ana", intent: { type: "page-ic" } },
      { at: 10, intent: { type: "observation", text: "Ana paged fast", logRef: 3 } },
      { at: 12, intent: { type: "drill.pause" } },
    ],
    now: 30,
    started: true,
    speed: 5,
    startedAt: "2026-11-28",
  };
}

describe("session file", () => {
  it("saves and restores a whole session unchanged", () => {
    const result = parseSessionFile(serialiseSession(session()), installed);
    expect(result).toEqual({ ok: true, session: session() });
  });

  it.each([
    ["not JSON", "{ nope", /not valid JSON/],
    [
      "another kind of file",
      JSON.stringify({ format: "hotwash/drill", formatVersion: 1 }),
      /not a Hotwash facilitated session/,
    ],
    ["an array", "[]", /not a Hotwash facilitated session/],
  ])("refuses %s with a clear message", (_case, text, message) => {
    const result = parseSessionFile(text, installed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  const damaged: [string, (file: Record<string, unknown>) => void, RegExp][] = [
    ["a future version", (file) => (file.formatVersion = 2), /format version 2/],
    ["an unknown scenario", (file) => (file.scenario = "other"), /"other", which is not installed/],
    [
      "a changed scenario",
      (file) => (file.contentHash = "hash-2"),
      /has changed since this session was saved/,
    ],
    ["a bad roster role", (file) => (file.roster = [{ name: "Eve", role: "attacker" }]), /roster entry 1/],
    [
      "an input without time",
      (file) => (file.inputs = [{ intent: { type: "page-ic" } }]),
      /input 1 needs a sim time/,
    ],
    [
      "inputs out of order",
      (file) =>
        (file.inputs = [
          { at: 5, intent: { type: "note", text: "a" } },
          { at: 4, intent: { type: "note", text: "b" } },
        ]),
      /input 2 goes back in time/,
    ],
    ["a malformed session id", (file) => (file.id = "../../x"), /session id/],
    ["no clock", (file) => delete file.now, /clock position/],
  ];
  it.each(damaged)("refuses %s and says why", (_case, damage, message) => {
    const file = JSON.parse(serialiseSession(session())) as Record<string, unknown>;
    damage(file);
    const result = parseSessionFile(JSON.stringify(file), installed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

import { describe, expect, it } from "vitest";
import { SESSION_FILE_FORMAT } from "../../../src/app/sessionFileFormat";
import type { FacilitatedSession } from "../../../src/facilitator/session/facilitatedSession";
import {
  AUTOSAVE_KEY,
  autosaveSession,
  loadAutosavedSession,
} from "../../../src/facilitator/session/sessionAutosave";
import { parseSessionFile, readSessionFile } from "../../../src/facilitator/session/sessionFile";
import { memoryStorage } from "../../app/support/memoryStorage";

const HASH = "1".repeat(64);
const installed = [{ id: "borrowed-keys", contentHash: HASH }];

function session(): FacilitatedSession {
  return {
    id: "a1b2c3d4",
    scenario: "borrowed-keys",
    contentHash: HASH,
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

const read = (text: string) => parseSessionFile(text, "session.json", SESSION_FILE_FORMAT, installed);

describe("session file", () => {
  it("saves and restores a whole session unchanged, as a drill file of mode facilitated", () => {
    const text = SESSION_FILE_FORMAT.write(session());
    expect(JSON.parse(text)).toMatchObject({
      format: "hotwash-drill",
      formatVersion: 2,
      mode: "facilitated",
    });
    expect(read(text)).toEqual({ ok: true, session: session() });
  });

  it("keeps the improvement plan edits of the session's report", () => {
    const edited: FacilitatedSession = {
      ...session(),
      planEdits: [{ key: "lesson-2", organisation: "Platform team", start: "2027-01-04", due: "2027-02-01" }],
    };
    expect(read(SESSION_FILE_FORMAT.write(edited))).toEqual({ ok: true, session: edited });
  });

  it("still reads a first-version session file", () => {
    const old = { format: "hotwash/facilitated-session", formatVersion: 1, ...session() };
    expect(read(JSON.stringify(old))).toEqual({ ok: true, session: session() });
  });

  const damaged: [string, (file: Record<string, unknown>) => void, string][] = [
    ["a future version", (file) => (file.formatVersion = 3), "session.json: format version 3"],
    [
      "an unknown scenario",
      (file) => (file.scenario = "other"),
      'session.json: the scenario "other" is not installed',
    ],
    [
      "a changed scenario",
      (file) => (file.contentHash = "2".repeat(64)),
      "has changed since this session was saved",
    ],
    [
      "a role the engine knows but a session does not seat",
      (file) => ((file.session as { roster: unknown[] }).roster = [{ name: "Eve", role: "player" }]),
      'session.json: session › roster entry 1 › role: "player" is not a role a session seats',
    ],
    [
      "an input without time",
      (file) => (file.inputs = [{ intent: { type: "page-ic" } }]),
      'session.json: input 1: missing "at"',
    ],
    [
      "inputs out of order",
      (file) =>
        (file.inputs = [
          { at: 5, intent: { type: "note", text: "a" } },
          { at: 4, intent: { type: "note", text: "b" } },
        ]),
      "session.json: input 2 at T+0:04 goes back in time",
    ],
    [
      "a malformed session id",
      (file) => ((file.session as { id: string }).id = "../../x"),
      'session › id: "../../x" is not a session id',
    ],
    ["no clock", (file) => delete file.now, 'session.json: missing "now"'],
    [
      "a solo drill",
      (file) => {
        file.mode = "solo";
        delete file.session;
        file.settings = { pacing: "turn", minutesPerSecond: 5, assist: true };
        file.inputs = [];
      },
      "session.json: a solo drill, not a facilitated session",
    ],
  ];
  it.each(damaged)("refuses %s in one line naming the file", (_case, damage, message) => {
    const file = JSON.parse(SESSION_FILE_FORMAT.write(session())) as Record<string, unknown>;
    damage(file);
    const result = read(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe("the autosaved session", () => {
  it("comes back as it was saved", () => {
    const storage = memoryStorage();
    expect(autosaveSession(storage, session(), SESSION_FILE_FORMAT)).toBeUndefined();
    expect(loadAutosavedSession(storage, installed, SESSION_FILE_FORMAT)).toEqual({
      ok: true,
      session: session(),
    });
  });

  it("that does not read is reported once with its text, then is gone from storage", () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"format": "hotwash-drill", "formatVersion": 2, "mode": "facilitated"}');
    const first = loadAutosavedSession(storage, installed, SESSION_FILE_FORMAT);
    expect(first).toMatchObject({ ok: false, text: expect.stringContaining("hotwash-drill") });
    if (first && !first.ok) expect(first.message).toMatch(/^the autosaved session: /);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(loadAutosavedSession(storage, installed, SESSION_FILE_FORMAT)).toBeUndefined();
  });

  it("a picked file over the size limit is refused before it is read", async () => {
    const huge = {
      name: "huge.json",
      size: SESSION_FILE_FORMAT.maxBytes + 1,
      text: () => Promise.reject(new Error("read")),
    };
    const result = await readSessionFile(
      huge as unknown as Blob & { name: string },
      SESSION_FILE_FORMAT,
      installed,
    );
    expect(result).toEqual({
      ok: false,
      message: "huge.json: the file has 10000001 bytes; the limit is 10000000",
    });
  });
});

import { describe, expect, it } from "vitest";
import { hashLog } from "../../src/engine/headless/hashLog";
import { replay } from "../../src/engine/headless/replay";
import type { DrillInput } from "../../src/engine/log";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { entries } from "./support";

const hostile = [
  { at: 1, intent: null },
  { at: 1, intent: {} },
  { at: 2, intent: { type: "investigate" } },
  { at: Number.NaN, intent: { type: "page-ic" } },
  { at: 3, intent: { type: "send-message", channel: "general", to: "everyone", body: "x" } },
  { at: 3, intent: { type: "invite", people: "sec-sam", to: "room" } },
  { at: 3, intent: { type: "self-destruct" } },
  { at: 4, intent: { type: "inject.fire" } },
  { at: Number.POSITIVE_INFINITY, intent: { type: "clock.advance" } },
  { at: 10, intent: { type: "page-ic" } },
] as unknown as DrillInput[];

describe("inputs from a damaged or hostile saved drill", () => {
  it("are rejected with reasons, never thrown, and replay the same way twice", () => {
    const first = replay(fixtureScenario(), "1", hostile);
    const second = replay(fixtureScenario(), "1", hostile);
    expect(hashLog(second.log)).toBe(hashLog(first.log));
    expect(entries(first.log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "unknown action undefined",
      "unknown action undefined",
      "unknown log source undefined",
      "no time given",
      "recipients must be a list",
      "nobody to invite",
      "unknown action self-destruct",
      "unknown inject undefined",
      "the drill is over",
    ]);
    expect(entries(first.log, "drill.ended").map((entry) => [entry.reason, entry.at])).toEqual([
      ["horizon", fixtureScenario().horizon],
    ]);
    expect(entries(first.log, "action.accepted")).toEqual([]);
  });
});

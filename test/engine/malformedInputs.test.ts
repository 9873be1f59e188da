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

describe("ids that name Object.prototype members", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty"];

  it("are unknown targets: nothing is accepted and no shared prototype changes", () => {
    const steps: DrillInput[] = names.flatMap((name, index) => [
      { at: index + 1, intent: { type: "suspend-autoscaling", group: name } },
      { at: index + 1, intent: { type: "disable-code-path", codePath: name } },
      { at: index + 1, intent: { type: "shutdown-service", service: name } },
      { at: index + 1, intent: { type: "purge-provider-accounts", provider: name } },
      { at: index + 1, intent: { type: "isolate-instance", instance: name } },
      { at: index + 1, intent: { type: "rotate-credential", credential: name } },
      { at: index + 1, intent: { type: "inject.hold", inject: name } },
      { at: index + 1, intent: { type: "inject.skip", inject: name } },
    ]) as DrillInput[];
    const result = replay(fixtureScenario(), "1", steps);
    expect(entries(result.log, "action.accepted")).toEqual([]);
    expect(entries(result.log, "action.rejected")).toHaveLength(steps.length);
    for (const key of ["suspended", "enabled", "running", "purged", "held", "state", "status"])
      expect(Object.hasOwn(Object.prototype, key), key).toBe(false);
  });
});

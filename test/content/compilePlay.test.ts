import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { fixtureLookup, readFixture, VALID } from "./support/fixtures";

const FILE = "quiet-pipeline.expert.play.yaml";
const source = readFixture(join(VALID, FILE));

function compiled() {
  const result = compilePlay(source, FILE, fixtureLookup);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

describe("compiling the quiet-pipeline expert play", () => {
  it("compiles clean against its scenario", () => {
    expect(compiled().diagnostics).toEqual([]);
  });

  it("carries the play's identity, seed and the rule it tests", () => {
    const play = compiled().value;
    expect(play).toMatchObject({
      scenario: "quiet-pipeline",
      name: "expert",
      description: "Contain first, keep the evidence, then investigate.",
      seed: "7",
      tests: "evidence.no-terminate",
    });
  });

  it("turns each step into a timed drill input with the action's fields", () => {
    const { inputs } = compiled().value;
    expect(inputs.map((input) => input.at)).toEqual([2, 3, 4, 5, 6, 10, 20, 30, 60, 1440, 2880]);
    expect(inputs[0]).toEqual({ at: 2, by: "incident-commander", intent: { type: "page-ic" } });
    expect(inputs[6]?.intent).toEqual({
      type: "investigate",
      logSource: "flow-logs",
      from: -7 * 1440,
      to: 0,
    });
    expect(inputs[7]?.intent).toEqual({
      type: "send-message",
      channel: "room",
      body: "Runner isolated, key revoked.",
    });
    expect(inputs[9]?.intent).toEqual({
      type: "discussion.answer",
      module: "detection",
      question: 0,
      answer: "Sam's team owns it.",
    });
    expect(inputs[10]).toEqual({ at: 2880, intent: { type: "drill.end" } });
  });

  it("keeps the expectations, with empty rule lists filled in", () => {
    expect(compiled().value.expect).toEqual({
      score: { min: 40 },
      dimensions: { evidence: { min: 90, rating: "P" } },
      rules: {
        met: ["evidence.no-terminate", "containment.stop-first"],
        partial: [],
        violated: [],
        "n/a": [],
      },
    });
  });

  it("defaults the seed, description and expectations of a bare play", () => {
    const bare = [
      "formatVersion: 1",
      "scenario: quiet-pipeline",
      "name: idle",
      "steps:",
      "  - { at: 0, do: note, text: waiting }",
    ].join("\n");
    const result = compilePlay(bare, "quiet-pipeline.idle.play.yaml", fixtureLookup);
    expect(result.ok && result.value).toEqual({
      scenario: "quiet-pipeline",
      name: "idle",
      description: "",
      seed: "1",
      inputs: [{ at: 0, intent: { type: "note", text: "waiting" } }],
      expect: {},
      stepSources: [{ file: "quiet-pipeline.idle.play.yaml", line: 5, col: 5 }],
    });
  });

  it("reports a play whose scenario has errors without checking its steps", () => {
    const result = compilePlay(source, FILE, () => ({ status: "invalid" }));
    expect(result.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([["HW0065", 3, 11]]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../../src/content/compileScenario";
import { VALID } from "../support/fixtures";

const SCENARIO = readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8");
const TERMINATE =
  "      - id: terminate\n        label: Terminate it\n        action: { do: terminate-instance, instance: runner-1 }\n";

/** The reply-option diagnostics (HW0067, HW0068) of the valid fixture with `find` replaced by `replace`. */
function replyDiagnostics(find: string, replace: string): string[] {
  expect(SCENARIO).toContain(find);
  const result = compileScenario(SCENARIO.replace(find, replace), "quiet-pipeline.yaml");
  return result.diagnostics
    .filter((d) => d.code === "HW0067" || d.code === "HW0068")
    .map((d) => `${d.line}:${d.col} ${d.code} ${d.severity} ${d.message}`);
}

describe("hotwash check on reply options: every choice has an effect, and an inject offers a real choice", () => {
  it("passes an inject whose two options act differently", () => {
    expect(replyDiagnostics(TERMINATE, TERMINATE)).toEqual([]);
  });

  it("fails an option that only takes a note, or has no action, and nothing reads (HW0067)", () => {
    expect(
      replyDiagnostics(
        TERMINATE,
        "      - id: wait\n        label: Wait and see\n        action: { do: note, text: Waiting. }\n",
      ),
    ).toEqual([
      '149:9 HW0067 error reply option "wait" of inject "alert" changes nothing: give it an action, or make a condition read the choice',
    ]);
    expect(replyDiagnostics(TERMINATE, "      - id: wait\n        label: Wait and see\n")).toEqual([
      '149:9 HW0067 error reply option "wait" of inject "alert" changes nothing: give it an action, or make a condition read the choice',
    ]);
  });

  it("passes an option without an action when a later inject reads the choice", () => {
    const waitRead = SCENARIO.replace(TERMINATE, "      - id: wait\n        label: Wait and see\n").replace(
      "  - id: cost-alert\n",
      "  - id: cost-alert\n    at: T+1:00\n    when: { action: reply, target: alert, params: { option: wait } }\n",
    );
    const codes = compileScenario(waitRead, "quiet-pipeline.yaml").diagnostics.map((d) => d.code);
    expect(codes).not.toContain("HW0067");
    expect(codes).not.toContain("HW0068");
  });

  it("fails an inject that offers one option, or two options with the same effect (HW0068)", () => {
    expect(replyDiagnostics(TERMINATE, "")).toEqual([
      '146:7 HW0068 error inject "alert" offers one reply option: give it at least two defensible choices',
    ]);
    expect(
      replyDiagnostics(
        TERMINATE,
        "      - id: cut-off\n        label: Cut it off\n        action: { do: isolate-instance, instance: runner-1 }\n",
      ),
    ).toEqual([
      '149:9 HW0068 error reply options "isolate" and "cut-off" of inject "alert" have the same effect: make the choices differ',
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readableExpectation } from "../../../src/facilitator/evaluator/evaluatorScreen";

describe("an expected action as the evaluator sheet shows it", () => {
  it("names a leading action id by its label and keeps the rest; free text stays as written", () => {
    expect(readableExpectation("page-ic")).toBe("Page the Incident Commander");
    expect(readableExpectation("isolate-instance build-cache-7")).toMatch(/^Isolate .*: build-cache-7$/);
    expect(readableExpectation('"nothing posted in #eng-ops"')).toBe('"nothing posted in #eng-ops"');
  });
});

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContentFile } from "../../src/content/compileContentFile";
import { BROKEN_EXPECTATIONS as EXPECTED } from "./support/brokenExpectations";
import { BROKEN, fixtureLookup, readFixture } from "./support/fixtures";

describe("the broken-fixture corpus", () => {
  it("has an expectation for every fixture file, and at least 30", () => {
    const files = readdirSync(BROKEN).sort();
    expect(EXPECTED.map(([file]) => file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(EXPECTED)("%s yields %s at %i:%i, alone, within a second", (file, code, line, col) => {
    const source = readFixture(join(BROKEN, file));
    const started = performance.now();
    const result = compileContentFile(source, file, fixtureLookup);
    const elapsed = performance.now() - started;

    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((found) => found.severity === "error");
    expect(errors.map(({ code, line, col }) => ({ code, line, col }))).toEqual([{ code, line, col }]);
    expect(errors[0]?.file).toBe(file);
    expect(errors[0]?.message.length).toBeGreaterThan(10);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("diagnostic ranges", () => {
  it("span the whole offending value, so editors can underline it", () => {
    const result = compileContentFile(
      readFixture(join(BROKEN, "dangling-person.yaml")),
      "x.yaml",
      fixtureLookup,
    );
    expect(result.diagnostics.find((found) => found.code === "HW0031")).toMatchObject({
      line: 52,
      col: 11,
      endLine: 52,
      endCol: 15,
    });
  });
});

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContentFile } from "../../src/content/compileContentFile";
import { BROKEN, fixtureLookup, readFixture } from "./support/fixtures";

/** Each broken fixture, the one error it must produce, and where (1-based line:col). */
const EXPECTED: [file: string, code: string, line: number, col: number][] = [
  ["alias-bomb.yaml", "HW0007", 1, 1],
  ["attacker-after-horizon.yaml", "HW0052", 38, 9],
  ["bad-duration.yaml", "HW0026", 30, 70],
  ["bad-enum.yaml", "HW0023", 6, 13],
  ["bad-id.yaml", "HW0024", 14, 11],
  ["bad-time-clock.yaml", "HW0025", 47, 17],
  ["bad-time.yaml", "HW0025", 38, 9],
  ["binary.yaml", "HW0004", 2, 6],
  ["comments-only.yaml", "HW0006", 1, 1],
  ["condition-bad-state.yaml", "HW0023", 35, 32],
  ["condition-too-deep.yaml", "HW0008", 97, 131],
  ["condition-two-keys.yaml", "HW0027", 35, 9],
  ["condition-unknown-key.yaml", "HW0027", 35, 9],
  ["dangling-fact-evidence.yaml", "HW0031", 48, 28],
  ["dangling-flag.yaml", "HW0031", 52, 19],
  ["dangling-in-condition.yaml", "HW0031", 35, 21],
  ["dangling-need-to-know.yaml", "HW0031", 57, 19],
  ["dangling-person.yaml", "HW0031", 52, 11],
  ["deep-flow-nesting.yaml", "HW0008", 3, 72],
  ["duplicate-id.yaml", "HW0030", 19, 13],
  ["duplicate-key.yaml", "HW0002", 6, 1],
  ["effect-malformed.yaml", "HW0028", 42, 9],
  ["empty.yaml", "HW0006", 1, 1],
  ["exfiltrate-unknown-class.yaml", "HW0064", 42, 52],
  ["fact-no-evidence.yaml", "HW0055", 44, 5],
  ["fact-outside-retention.yaml", "HW0056", 48, 15],
  ["format-version-2.yaml", "HW0011", 2, 16],
  ["inject-after-horizon.yaml", "HW0053", 51, 9],
  ["inject-no-trigger.yaml", "HW0054", 50, 9],
  ["inject-unreachable-flag.yaml", "HW0054", 54, 11],
  ["inject-unreachable-when.yaml", "HW0054", 52, 11],
  ["missing-format-version.yaml", "HW0010", 2, 1],
  ["missing-required.yaml", "HW0021", 2, 1],
  ["module-out-of-order.yaml", "HW0051", 15, 37],
  ["multiple-documents.yaml", "HW0009", 60, 1],
  ["not-a-mapping.yaml", "HW0006", 2, 1],
  ["quiet-pipeline.bad-role.play.yaml", "HW0023", 7, 9],
  ["quiet-pipeline.bad-time.play.yaml", "HW0025", 8, 9],
  ["quiet-pipeline.dangling-reference.play.yaml", "HW0031", 13, 17],
  ["quiet-pipeline.missing-action-field.play.yaml", "HW0041", 11, 5],
  ["quiet-pipeline.out-of-order.play.yaml", "HW0050", 11, 9],
  ["quiet-pipeline.reply-unknown-option.play.yaml", "HW0062", 14, 13],
  ["quiet-pipeline.score-bounds.play.yaml", "HW0058", 15, 10],
  ["quiet-pipeline.unknown-action.play.yaml", "HW0040", 12, 9],
  ["quiet-pipeline.unknown-rule.play.yaml", "HW0061", 17, 11],
  ["quiet-pipeline.unknown-scenario.play.yaml", "HW0060", 3, 11],
  ["quiet-pipeline.wrong-kind.play.yaml", "HW0032", 10, 15],
  ["red-herring-count.yaml", "HW0058", 59, 20],
  ["reply-missing-action-field.yaml", "HW0041", 56, 48],
  ["reply-unknown-action.yaml", "HW0040", 56, 54],
  ["reply-wrong-disk.yaml", "HW0063", 56, 89],
  ["syntax-error.yaml", "HW0001", 4, 13],
  ["tab-indent.yaml", "HW0003", 9, 1],
  ["text-too-long.yaml", "HW0005", 5, 10],
  ["unknown-key-nested.yaml", "HW0020", 39, 5],
  ["unknown-key.yaml", "HW0020", 5, 1],
  ["unknown-rubric-rule.yaml", "HW0061", 56, 15],
  ["wrong-kind-reference.yaml", "HW0032", 52, 11],
  ["wrong-type-boolean.yaml", "HW0022", 18, 56],
  ["wrong-type-list.yaml", "HW0022", 12, 15],
];

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

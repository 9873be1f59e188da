import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileContentFile } from "../../src/content/compileContentFile";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import type { Diagnostic } from "../../src/content/diagnostic";
import { hostileContentFiles } from "../support/hostileFiles";
import { fixtureLookup } from "./support/fixtures";

function timed(run: () => { diagnostics: Diagnostic[] }): { codes: string[]; ms: number } {
  const started = performance.now();
  const result = run();
  return { codes: result.diagnostics.map((d) => d.code), ms: performance.now() - started };
}

describe("hostile input gets a diagnostic within a second, never an exception", () => {
  it("a file over a megabyte", () => {
    const { codes, ms } = timed(() =>
      compileScenario(`formatVersion: 1\npremise: ${"x\n".repeat(600_000)}\n`, "big.yaml"),
    );
    expect(codes).toEqual(["HW0005"]);
    expect(ms).toBeLessThan(1000);
  });

  it("a megabyte string value", () => {
    const { codes, ms } = timed(() =>
      compileScenario(`formatVersion: 1\nid: big\ntitle: "${"y".repeat(1_000_000)}"\n`, "big.yaml"),
    );
    expect(codes).toContain("HW0005");
    expect(ms).toBeLessThan(1000);
  });

  it("ten thousand nested brackets", () => {
    const { codes, ms } = timed(() =>
      compileScenario(`a: ${"[".repeat(10_000)}${"]".repeat(10_000)}`, "deep.yaml"),
    );
    expect(codes).toEqual(["HW0008"]);
    expect(ms).toBeLessThan(1000);
  });

  it("but brackets inside prose do not count as nesting", () => {
    const prose = Array.from({ length: 100 }, (_, i) => `  - "[WARN ${i}] see [1"`).join("\n");
    const { codes } = timed(() => compileScenario(`formatVersion: 1\nnotes:\n${prose}\n`, "prose.yaml"));
    expect(codes).not.toContain("HW0008");
  });

  it("thousands of nested block mappings", () => {
    const source = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    const { codes, ms } = timed(() => compileScenario(`formatVersion: 1\n${source}`, "deep.yaml"));
    expect(codes.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
  });

  it("a billion-laughs alias bomb", () => {
    let source = "formatVersion: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 1; i < 12; i++)
      source += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]\n`;
    const { codes, ms } = timed(() => compileScenario(source, "bomb.yaml"));
    expect(codes).toEqual(["HW0007"]);
    expect(ms).toBeLessThan(1000);
  });

  it("a self-referencing alias", () => {
    const { codes, ms } = timed(() => compileScenario("formatVersion: 1\na: &a [*a]\n", "loop.yaml"));
    expect(codes.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
  });

  it("a play of more than ten thousand lines", () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => `  - { at: ${i}, do: note, text: n${i} }`).join(
      "\n",
    );
    const source = `formatVersion: 1\nscenario: quiet-pipeline\nname: long\nsteps:\n${steps}\n`;
    const { codes, ms } = timed(() => compilePlay(source, "quiet-pipeline.long.play.yaml", fixtureLookup));
    expect(codes).toEqual(["HW0005"]);
    expect(ms).toBeLessThan(1000);
  });

  it("a play of a thousand steps out of order reports each late step", () => {
    const steps = Array.from(
      { length: 1000 },
      (_, i) => `  - { at: ${1000 - i}, do: note, text: n${i} }`,
    ).join("\n");
    const source = `formatVersion: 1\nscenario: quiet-pipeline\nname: long\nsteps:\n${steps}\n`;
    const { codes } = timed(() => compilePlay(source, "quiet-pipeline.long.play.yaml", fixtureLookup));
    expect(codes.filter((code) => code === "HW0050")).toHaveLength(999);
  });

  it("arbitrary text never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = compileContentFile(text, "any.yaml", fixtureLookup);
        return Array.isArray(result.diagnostics);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary YAML-ish mappings never throw, as scenarios or plays", () => {
    const yamlish = fc
      .array(
        fc.tuple(
          fc.constantFrom(
            "formatVersion",
            "id",
            "world",
            "injects",
            "steps",
            "scenario",
            "horizon",
            "attacker",
            "facts",
          ),
          fc.constantFrom(
            "1",
            "x",
            "[]",
            "{}",
            "[{id: a}]",
            "T+5",
            "- a",
            "&a [*a]",
            "{all: [{flag: f}]}",
            "null",
          ),
        ),
        { maxLength: 8 },
      )
      .map((pairs) => pairs.map(([key, value]) => `${key}: ${value}`).join("\n"));
    fc.assert(
      fc.property(yamlish, fc.boolean(), (source, asPlay) => {
        const file = asPlay ? "quiet-pipeline.x.play.yaml" : "x.yaml";
        const result = compileContentFile(`formatVersion: 1\n${source}`, file, fixtureLookup);
        return !result.diagnostics.some((d) => d.code === "HW0099");
      }),
      { numRuns: 300 },
    );
  });

  it("random bytes are reported as not text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) => {
        const text = new TextDecoder().decode(new Uint8Array([0, ...bytes]));
        return compileScenario(text, "bin.yaml").diagnostics[0]?.code === "HW0004";
      }),
      { numRuns: 100 },
    );
  });

  // why: how long each takes is a benchmark row (test/bench/hostileFiles.ts), not a timed test on a shared machine.
  it.each(hostileContentFiles().map((hostile) => [hostile.kind, hostile] as const))(
    "%s gets its diagnostic, and at most a thousand and one",
    (_kind, hostile) => {
      const result = compileContentFile(hostile.text, hostile.file, fixtureLookup);
      expect(result.diagnostics.map((found) => found.code)).toContain(hostile.code);
      expect(result.diagnostics.length).toBeLessThanOrEqual(1001);
    },
  );

  it("lists the first thousand problems of a file, then one HW0014", () => {
    const injects = Array.from({ length: 1500 }, (_, i) => `  - {id: i${i}, bogus: 1}`).join("\n");
    const result = compileScenario(`formatVersion: 1\ninjects:\n${injects}\n`, "many.yaml");
    expect(result.diagnostics).toHaveLength(1001);
    expect(result.diagnostics.filter((found) => found.code === "HW0014")).toHaveLength(1);
  });

  it("still finds a duplicate key, in a mapping of any size up to the limit", () => {
    const keys = Array.from({ length: 999 }, (_, i) => `  k${i}: 1`).join("\n");
    const result = compileScenario(`formatVersion: 1\nworld:\n${keys}\n  k5: 2\n`, "dup.yaml");
    expect(result.diagnostics.map((found) => [found.code, found.line])).toEqual([["HW0002", 1002]]);
  });
});

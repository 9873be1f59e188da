import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { coverageGaps, coverageMatrix } from "../../src/cli/ruleCoverage/coverageMatrix";
import { loadLibrary } from "../../src/cli/ruleCoverage/loadLibrary";
import { renderCoverage } from "../../src/cli/ruleCoverage/renderCoverage";
import { RULE_IDS } from "../../src/scoring/rules/registry";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = "test/fixtures/valid";
const scratch = mkdtempSync(join(tmpdir(), "hotwash-coverage-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function hotwash(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    cwd: ROOT,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("the shipped scenario library's coverage matrix", () => {
  const library = loadLibrary("scenarios", ROOT);
  const matrix = coverageMatrix(library);

  it("is committed as docs/scenario-coverage.md exactly as hotwash coverage generates it", () => {
    const committed = readFileSync(join(ROOT, "docs/scenario-coverage.md"), "utf8");
    expect(committed, "run `npm run hotwash -- coverage` and commit the result").toBe(
      renderCoverage(library, matrix),
    );
  });

  it("judges every rule of the scoring registry against every shipped play", () => {
    expect(matrix.map((entry) => entry.rule)).toEqual(RULE_IDS);
    const plays = library.reduce((sum, entry) => sum + entry.plays.length, 0);
    for (const entry of matrix) {
      const judged = Object.values(entry.plays).reduce((sum, refs) => sum + refs.length, 0);
      expect(judged, entry.rule).toBe(plays);
    }
  });

  it("has every rule met in some scenario and violated in some scenario", () => {
    expect(coverageGaps(matrix)).toEqual([]);
  });
});

describe("hotwash coverage", () => {
  const out = join(scratch, "coverage.md");

  it("writes a matrix naming the plays that meet and violate each rule, the same bytes every time", async () => {
    const first = await hotwash(["coverage", "--scenarios", FIXTURES, "--out", out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^wrote ${out}: ${RULE_IDS.length} rules, \\d+ reachable`));
    const written = readFileSync(out, "utf8");
    expect(written).toContain("Scenarios: quiet-pipeline (1 play).");
    for (const rule of RULE_IDS) expect(written).toContain(`### \`${rule}\``);
    expect(written).toMatch(/- met: quiet-pipeline: expert\n/);
    await hotwash(["coverage", "--scenarios", FIXTURES, "--out", out]);
    expect(readFileSync(out, "utf8")).toBe(written);
  });

  it("--check accepts a current file but still fails on every rule no scenario both meets and violates", async () => {
    await hotwash(["coverage", "--scenarios", FIXTURES, "--out", out]);
    const before = readFileSync(out, "utf8");
    const checked = await hotwash(["coverage", "--scenarios", FIXTURES, "--out", out, "--check"]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).not.toContain("is not current");
    expect(checked.stdout).toMatch(/^unreachable rule containment\.stop-first: violated in no scenario$/m);
    expect(checked.stdout).toMatch(/unreachable rule [a-z.-]+: n\/a in every play of every scenario/);
    expect(readFileSync(out, "utf8")).toBe(before);
  });

  it("--check reports a stale or missing file and writes nothing", async () => {
    await hotwash(["coverage", "--scenarios", FIXTURES, "--out", out]);
    writeFileSync(out, `${readFileSync(out, "utf8")}edited by hand\n`);
    const stale = await hotwash(["coverage", "--scenarios", FIXTURES, "--out", out, "--check"]);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain(`${out} is not current; run hotwash coverage --out ${out} and commit it`);
    expect(readFileSync(out, "utf8")).toMatch(/edited by hand\n$/);
    const missing = join(scratch, "never-written.md");
    const absent = await hotwash(["coverage", "--scenarios", FIXTURES, "--out", missing, "--check"]);
    expect(absent.stdout).toContain(`${missing} is not current`);
  });

  it("explains usage mistakes in one line", async () => {
    const unknown = await hotwash(["coverage", "--fast"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("hotwash coverage: unknown option --fast; run hotwash coverage --help");
    const folder = await hotwash(["coverage", "--scenarios", "no-such-folder"]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/^hotwash coverage: no scenarios folder at .*no-such-folder$/);
  });
});

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BROKEN_EXPECTATIONS } from "../content/support/brokenExpectations";
import { BROKEN, VALID } from "../content/support/fixtures";

const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/hotwash.js");

function hotwash(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+|Error:/;

/** A scratch folder holding every broken fixture beside the valid scenario their plays name. */
const scratch = mkdtempSync(join(tmpdir(), "hotwash-check-"));
for (const file of readdirSync(BROKEN)) copyFileSync(join(BROKEN, file), join(scratch, file));
copyFileSync(join(VALID, "quiet-pipeline.yaml"), join(scratch, "quiet-pipeline.yaml"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("hotwash check", () => {
  it("passes a valid scenario and its play: exit 0, nothing on stdout, a summary on stderr", () => {
    const run = hotwash([
      "check",
      "test/fixtures/valid/quiet-pipeline.yaml",
      "test/fixtures/valid/quiet-pipeline.expert.play.yaml",
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe("hotwash check: 2 files, 0 errors, 0 warnings");
  });

  it("reports a broken fixture as path:line:col CODE message and exits 1, without a stack trace", () => {
    const run = hotwash(["check", "test/fixtures/broken/dangling-person.yaml"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      'test/fixtures/broken/dangling-person.yaml:52:11 HW0031 unknown person "anna" (did you mean "ana"?)\n',
    );
    expect(run.stderr.trim()).toBe("hotwash check: 1 file, 1 error, 0 warnings");
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it("reports every broken fixture at its expected position when given their folder", () => {
    const run = hotwash(["check", "."], scratch);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    for (const [file, code, line, col] of BROKEN_EXPECTATIONS) {
      expect(lines.filter((out) => out.startsWith(`${file}:${line}:${col} ${code} `))).toHaveLength(1);
    }
    for (const out of lines) expect(out).toMatch(/^[\w.-]+\.yaml:\d+:\d+ HW\d{4} \S/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(
      new RegExp(`^hotwash check: ${BROKEN_EXPECTATIONS.length + 1} files, \\d+ errors`),
    );
  });

  it("checks every scenario and play in ./scenarios by default, and they are clean", () => {
    const run = hotwash(["check"]);
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^hotwash check: \d+ files, 0 errors, 0 warnings\n$/);
    // why: the library grows (100+ files, each play run once for HW0086); on a busy shared machine that passes 20 s.
  }, 120_000);

  it("prints warnings with a warning: prefix but still exits 0", () => {
    const source = readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8").replace(/^#.*\n/, "\n");
    writeFileSync(join(scratch, "warned.yaml"), source.replace("id: quiet-pipeline", "id: warned"));
    const run = hotwash(["check", "warned.yaml"], scratch);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^warned\.yaml:\d+:\d+ HW0071 warning: the first line should be/);
    expect(run.stderr.trim()).toBe("hotwash check: 1 file, 0 errors, 1 warning");
  });

  it("reports a missing file with HW0012 and exits 1", () => {
    const run = hotwash(["check", "scenarios/no-such-scenario.yaml"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      "scenarios/no-such-scenario.yaml:1:1 HW0012 cannot read the file: no such file\n",
    );
  });

  it("refuses an endless file such as /dev/zero at once, reading no more than the size limit", () => {
    const started = performance.now();
    const run = hotwash(["check", "/dev/zero"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^(\.\.\/)*dev\/zero:1:1 HW0005 the file is larger than 2000000 bytes; the limit is 500000 characters\n$/,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("turns YAML parser warnings into HW0013 diagnostics, never raw warnings on stderr", () => {
    const file = join(scratch, "tagged.yaml");
    const source = readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8").replace(
      "title: Quiet Pipeline",
      "title: !shout Quiet Pipeline",
    );
    writeFileSync(
      file,
      source.replace(
        "# yaml-language-server: $schema=../../../scenarios/",
        "# yaml-language-server: $schema=./",
      ),
    );
    const run = hotwash(["check", file]);
    expect(run.stdout).toMatch(
      /tagged\.yaml:\d+:8 HW0013 warning: the YAML parser ignores this: Unresolved tag: !shout/,
    );
    expect(run.stderr).not.toMatch(/Warning|\(node:/);
    expect(run.status).toBe(0);
  });

  it("rejects an unknown option in one line with exit 2", () => {
    const run = hotwash(["check", "--fast"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("hotwash check: unknown option --fast; run hotwash check --help\n");
  });

  it("prints its usage for --help", () => {
    const run = hotwash(["check", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: hotwash check \[files or folders…\]/);
  });
});

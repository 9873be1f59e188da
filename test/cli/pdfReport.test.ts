import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { browserSkipReason } from "../support/browser";

const ROOT = join(import.meta.dirname, "../..");
const play = (name: string) => [
  "play",
  "borrowed-keys",
  "--script",
  `scenarios/borrowed-keys.${name}.play.yaml`,
];
const scratch = mkdtempSync(join(tmpdir(), "hotwash-pdf-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function has(tool: string): boolean {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const skipReason =
  browserSkipReason() ??
  (has("pdfinfo") && has("pdftotext")
    ? undefined
    : "SKIPPED PDF tests: pdfinfo/pdftotext not found (apt-get install -y poppler-utils)");
if (skipReason) console.warn(skipReason);

async function hotwash(args: string[]) {
  const err: string[] = [];
  const status = await main(args, { cwd: ROOT, out: () => {}, err: (line) => err.push(line) });
  return { status, stderr: err.join("\n") };
}

function info(path: string): Record<string, string> {
  const text = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  return Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  );
}

function pageText(path: string, page: number): string {
  return execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", path, "-"], {
    encoding: "utf8",
  });
}

describe.skipIf(skipReason !== undefined)("hotwash play --format pdf", () => {
  it("prints the expert report to at most 12 A4 pages, the same bytes twice, dated to the drill", async () => {
    const first = join(scratch, "expert-1.pdf");
    const second = join(scratch, "expert-2.pdf");
    expect((await hotwash([...play("expert"), "--format", "pdf", "--out", first])).status).toBe(0);
    expect((await hotwash([...play("expert"), "--format", "pdf", "--out", second])).status).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    const meta = info(first);
    expect(Number(meta.Pages)).toBeLessThanOrEqual(12);
    expect(meta["Page size"]).toContain("(A4)");
    expect(meta.CreationDate).toContain("2026");
    const cover = pageText(first, 1);
    expect(cover).toContain("TLP:AMBER");
    expect(cover).toContain("Borrowed Keys: after-action report");
    expect(cover).toContain(`Page 1 of ${meta.Pages}`);
    expect(cover).toContain("executive summary");
    expect(readFileSync(first).toString("latin1")).toContain("/Outlines");
  }, 120_000);

  it("prints the reckless report to at most 20 A4 pages, the same bytes twice", async () => {
    const first = join(scratch, "reckless-1.pdf");
    const second = join(scratch, "reckless-2.pdf");
    expect((await hotwash([...play("reckless"), "--format", "pdf", "--out", first])).status).toBe(0);
    expect((await hotwash([...play("reckless"), "--format", "pdf", "--out", second])).status).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(Number(info(first).Pages)).toBeLessThanOrEqual(20);
  }, 120_000);

  // why: the length limits hold for every shipped scenario (found by its plays' file names), not only Borrowed Keys.
  it("prints every shipped scenario's expert report to at most 12 A4 pages and its reckless one to at most 20", async () => {
    const limits = { expert: 12, reckless: 20 } as const;
    const plays = readdirSync(join(ROOT, "scenarios")).flatMap((file) => {
      const match = /^([a-z0-9-]+)\.(expert|reckless)\.play\.yaml$/.exec(file);
      return match ? [{ file, scenario: match[1] as string, kind: match[2] as keyof typeof limits }] : [];
    });
    expect(plays.length).toBeGreaterThanOrEqual(12);
    const pages: string[] = [];
    for (const { file, scenario, kind } of plays) {
      const out = join(scratch, file.replace(/\.play\.yaml$/, ".pdf"));
      const run = await hotwash([
        "play",
        scenario,
        "--script",
        `scenarios/${file}`,
        "--format",
        "pdf",
        "--out",
        out,
      ]);
      expect(run.status, run.stderr).toBe(0);
      const count = Number(info(out).Pages);
      pages.push(`${scenario} ${kind}: ${count}`);
      expect(count, `${file} prints to ${count} pages`).toBeLessThanOrEqual(limits[kind]);
    }
    console.info(`PDF pages (A4): ${pages.join("; ")}`);
  }, 600_000);

  it("prints the reckless report to at most 20 pages, on Letter paper when asked", async () => {
    const path = join(scratch, "reckless.pdf");
    const run = await hotwash([
      ...play("reckless"),
      "--format",
      "pdf",
      "--paper",
      "letter",
      "--tlp",
      "red",
      "--out",
      path,
    ]);
    expect(run).toEqual({ status: 0, stderr: `wrote ${path}` });
    const meta = info(path);
    expect(Number(meta.Pages)).toBeLessThanOrEqual(20);
    expect(meta["Page size"]).toContain("letter");
    expect(pageText(path, 2)).toContain("TLP:RED");
  }, 120_000);

  it("says how to point at a Chromium when there is none, and downloads nothing", async () => {
    const run = await hotwash([
      ...play("expert"),
      "--format",
      "pdf",
      "--chromium-path",
      join(scratch, "no-such-chromium"),
      "--out",
      join(scratch, "never.pdf"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--chromium-path");
  });

  it("needs --out: a PDF is never printed to the terminal", async () => {
    const run = await hotwash([...play("expert"), "--format", "pdf"]);
    expect(run).toEqual({ status: 2, stderr: "hotwash play: --format pdf needs --out <file.pdf>" });
  });
});

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

describe("hotwash in a pipeline", () => {
  it("stops quietly when the reader closes the pipe early", () => {
    const run = spawnSync(
      "sh",
      [
        "-c",
        "node bin/hotwash.js play borrowed-keys --script scenarios/borrowed-keys.expert.play.yaml | head -n 1",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(run.stdout).toMatch(/drill\.started/);
    expect(run.stderr).toBe("");
  });
});

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo, Command } from "../../src/cli/command";
import { UsageError } from "../../src/cli/command";
import { COMMANDS } from "../../src/cli/commands/index";
import { main } from "../../src/cli/main";

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    cwd: process.cwd(),
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  };
}

const failing: Command = {
  name: "explode",
  summary: "always fails",
  usage: "Usage: hotwash explode",
  run: async () => {
    throw new Error("boom\n    at somewhere.ts:1:1");
  },
};
const misused: Command = {
  name: "misuse",
  summary: "always a usage error",
  usage: "Usage: hotwash misuse",
  run: async () => {
    throw new UsageError("missing <scenario>");
  },
};

describe("the hotwash command line", () => {
  it("lists every registered command with its summary for --help", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    const lines = io.stdout.join("\n").split("\n");
    for (const command of COMMANDS) {
      expect(
        lines.some((line) => line.startsWith(`  ${command.name} `) && line.endsWith(command.summary)),
      ).toBe(true);
    }
  });

  it.each(COMMANDS.map((command) => command.name))(
    "prints the usage of %s for `<command> --help` and `help <command>`",
    async (name) => {
      const command = COMMANDS.find((candidate) => candidate.name === name) as Command;
      for (const argv of [
        [name, "--help"],
        [name, "-h"],
        ["help", name],
      ]) {
        const io = capture();
        expect(await main(argv, io)).toBe(0);
        expect(io.stdout).toEqual([command.usage]);
      }
    },
  );

  it("shows the overview on stderr and exits 2 without a command", async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^Usage: hotwash <command>/);
  });

  it("names an unknown command in one line, with a suggestion", async () => {
    const io = capture();
    expect(await main(["chek"], io)).toBe(2);
    expect(io.stderr).toEqual([
      'hotwash: unknown command "chek" (did you mean "check"?); run hotwash --help',
    ]);
  });

  it("turns a command's crash into one line, never a stack trace", async () => {
    const io = capture();
    expect(await main(["explode"], io, [failing])).toBe(2);
    expect(io.stderr).toEqual(["hotwash explode: internal error: boom"]);
  });

  it("prints a usage error as one line and exits 2", async () => {
    const io = capture();
    expect(await main(["misuse"], io, [misused])).toBe(2);
    expect(io.stderr).toEqual(["hotwash misuse: missing <scenario>"]);
  });

  it("runs from bin/hotwash.js with no build step", () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, "../../bin/hotwash.js"), "--help"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("check");
  });
});

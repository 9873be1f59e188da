/** Where a command writes and which directory it runs in (tests pass their own). */
export interface CliIo {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One `hotwash` subcommand: add a file in src/cli/commands/ and a line in its index. */
export interface Command {
  name: string;
  /** One line for `hotwash --help`. */
  summary: string;
  /** The full text of `hotwash <name> --help`. */
  usage: string;
  /** Runs the command; resolves to the exit code (0 success, 1 problems found, 2 usage error). */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A mistake in how the command was invoked; main prints its message as one line and exits 2. */
export class UsageError extends Error {}

import { closestMatch } from "../content/didYouMean";
import { type CliIo, type Command, UsageError } from "./command";
import { COMMANDS } from "./commands/index";
import { terminalSafe } from "./terminalSafe";

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    "Usage: hotwash <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `hotwash <command> --help` for a command's options.",
  ].join("\n");
}

const processIo = (): CliIo => ({
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});

/** The same io with every line made terminal-safe: no command can print a file's control or bidi characters raw. */
function safeIo(io: CliIo): CliIo {
  return {
    cwd: io.cwd,
    out: (line) => io.out(terminalSafe(line)),
    err: (line) => io.err(terminalSafe(line)),
  };
}

/** Runs the `hotwash` command line; resolves to the process exit code and never throws. */
export async function main(
  argv: string[],
  rawIo: CliIo = processIo(),
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const io = safeIo(rawIo);
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(overview(commands));
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = commands.find((command) => command.name === args[0]);
    io.out(topic ? topic.usage : overview(commands));
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const suggestion = closestMatch(
      name,
      commands.map((candidate) => candidate.name),
    );
    io.err(
      `hotwash: unknown command "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; run hotwash --help`,
    );
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const kind = error instanceof UsageError ? "" : "internal error: ";
    io.err(`hotwash ${command.name}: ${kind}${message.split("\n")[0]}`);
    return 2;
  }
}

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadScenarios } from "../../server/loadScenarios";
import { startSessionServer } from "../../server/sessionServer";
import { type Command, UsageError } from "../command";
import { parseOptions } from "./drillFiles";

const INSTALL = join(import.meta.dirname, "../../..");

const USAGE = `Usage: hotwash serve [--port N] [--host H] [--data-dir DIR]

Serves the built game and team sessions from one origin: the facilitator, the team display, evaluators and
every player role join from their own devices with the links \`hotwash session new\` (or the console) hands
out. Each session runs on the server and its inputs are kept in SQLite in --data-dir, so a restart resumes it.

Options:
  --port <n>          port to listen on (default 8080; 0 picks a free one)
  --host <h>          address to bind (default 127.0.0.1, this machine only; 0.0.0.0 for the room's network)
  --data-dir <dir>    where sessions are kept (default ./hotwash-data)
  --app-dir <dir>     the built game to serve (default: dist/ of this installation; npm run build makes it)
  --scenarios <dir>   the scenarios to offer (default: scenarios/ of this installation)
  -h, --help          show this help`;

/** `hotwash serve`: the session server, until interrupted. */
export const serve: Command = {
  name: "serve",
  summary: "serve the game and team sessions across devices (one origin)",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(
      args,
      ["port", "host", "data-dir", "app-dir", "scenarios"],
      "serve",
    );
    if (positional.length > 0)
      throw new UsageError("serve takes no positional arguments; run hotwash serve --help");
    const port = options.port === undefined ? 8080 : Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError("--port must be 0 to 65535");
    const dataDir = resolve(io.cwd, options["data-dir"] ?? "hotwash-data");
    const library = resolve(io.cwd, options.scenarios ?? join(INSTALL, "scenarios"));
    if (!existsSync(library)) throw new UsageError(`no scenario folder at ${library}`);
    const scenarios = loadScenarios(library, io.err);
    if (scenarios.length === 0) throw new UsageError("no scenario compiles; nothing to serve");
    const server = await startSessionServer({
      scenarios,
      dataDir,
      appDir: resolve(io.cwd, options["app-dir"] ?? join(INSTALL, "dist")),
      host: options.host ?? "127.0.0.1",
      port,
      warn: io.err,
    });
    io.out(`listening ${server.url}`);
    io.out(`Hotwash is serving the game and team sessions at ${server.url}/ (sessions kept in ${dataDir}).`);
    io.out(`Create a session: hotwash session new <scenario> --server ${server.url}`);
    return new Promise<number>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        void server.close().then(() => done(0));
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
  },
};

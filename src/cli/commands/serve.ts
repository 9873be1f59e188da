import { existsSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { isLoopbackHost } from "../../server/creationGuard";
import { facilitatorSecret } from "../../server/facilitatorSecret";
import { loadScenarios } from "../../server/loadScenarios";
import { startSessionServer } from "../../server/sessionServer";
import { type Command, UsageError } from "../command";
import { parseOptions } from "./drillFiles";

const INSTALL = join(import.meta.dirname, "../../..");

const USAGE = `Usage: hotwash serve [--port N] [--host H] [--data-dir DIR]

Serves the built game and team sessions from one origin: the facilitator creates a session in the browser
(/#/facilitator, "Run a team session") or with \`hotwash session new\`, and the team display, evaluators and
every player role join from their own devices with the links it hands out. Each session runs on the server and
its inputs are kept in SQLite in --data-dir, so a restart resumes it.

Bound to 127.0.0.1 (the default) only this machine can connect, and anyone on it may create sessions. With any
other --host the server is reachable from the network, so creating a session needs the facilitator secret this
command prints at start (a new one each start, or HOTWASH_SECRET if set): the console asks for it, and
\`hotwash session new\` reads it from HOTWASH_SECRET. Join links need no secret: each is its own key.

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
    const bind = options.host ?? "127.0.0.1";
    const exposed = !isLoopbackHost(bind.replace(/^\[|\]$/g, ""));
    const secret = exposed ? facilitatorSecret(process.env, io.err) : undefined;
    const server = await startSessionServer({
      scenarios,
      dataDir,
      appDir: resolve(io.cwd, options["app-dir"] ?? join(INSTALL, "dist")),
      host: bind,
      port,
      warn: io.err,
      ...(secret !== undefined ? { secret } : {}),
    });
    io.out(`listening ${server.url}`);
    io.out(`Hotwash is serving the game and team sessions at ${server.url}/ (sessions kept in ${dataDir}).`);
    if (secret === undefined) {
      io.out(`Run a team session: open ${server.url}/#/facilitator and choose "Create the team session",`);
      io.out(`  or: hotwash session new <scenario> --server ${server.url}`);
      io.out("Only this machine can connect; --host 0.0.0.0 lets the people in the room join.");
    } else {
      const addresses = reachableAt(bind, server.url);
      io.out(`Reachable from the network at ${addresses.map((address) => `${address}/`).join(", ")}`);
      io.out(`Facilitator secret: ${secret}`);
      io.out("  Creating a session needs it; keep it to yourself (join links need no secret).");
      io.out(`  Run a team session: open ${addresses[0]}/#/facilitator?secret=${secret}`);
      io.out(`  or: HOTWASH_SECRET=${secret} hotwash session new <scenario> --server ${addresses[0]}`);
    }
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

/** The addresses others can open: the machine's own network addresses when bound to every interface. */
function reachableAt(bind: string, url: string): string[] {
  if (bind !== "0.0.0.0" && bind !== "::" && bind !== "[::]") return [url];
  const port = new URL(url).port;
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && entry.family === "IPv4" && !entry.internal)
    .map((entry) => `http://${entry?.address}:${port}`);
  return found.length > 0 ? found : [url];
}

import { existsSync } from "node:fs";
import { hostname, networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { type RunningClusterServer, startClusterServer } from "../../server/cluster/clusterServer";
import { DEFAULT_CREATES_PER_MINUTE, isFacilitatorSecret, isLoopbackHost } from "../../server/creationGuard";
import { facilitatorSecret } from "../../server/facilitatorSecret";
import { loadScenarios } from "../../server/loadScenarios";
import { startSessionServer } from "../../server/sessionServer";
import { isLogLevel, jsonLogger, LOG_LEVELS } from "../../server/structuredLog";
import { type Command, UsageError } from "../command";
import { parseOptions } from "./drillFiles";

const INSTALL = join(import.meta.dirname, "../../..");

const USAGE = `Usage: hotwash serve [--port N] [--host H] [--data-dir DIR | --redis redis://HOST:PORT]

Serves the built game and team sessions from one origin: the facilitator creates a session in the browser
(/#/facilitator, "Run a team session") or with \`hotwash session new\`, and the team display, evaluators and
every player role join from their own devices with the links it hands out. Each session runs on the server and
its inputs are kept in SQLite in --data-dir, so a restart resumes it.

Bound to 127.0.0.1 (the default) only this machine can connect, and anyone on it may create sessions. With any
other --host the server is reachable from the network, so creating a session needs the facilitator secret this
command prints at start (a new one each start, or HOTWASH_SECRET if set): the console asks for it, and
\`hotwash session new\` reads it from HOTWASH_SECRET. Join links need no secret: each is its own key.
GET /healthz says the process runs; GET /readyz says it can serve sessions (for a load balancer).

Options:
  --port <n>          port to listen on (default 8080; 0 picks a free one)
  --host <h>          address to bind (default 127.0.0.1, this machine only; 0.0.0.0 for the room's network)
  --data-dir <dir>    where sessions are kept (default ./hotwash-data)
  --app-dir <dir>     the built game to serve (default: dist/ of this installation; npm run build makes it)
  --scenarios <dir>   the scenarios to offer (default: scenarios/ of this installation)
  --redis <url>       run as one node of a cluster: sessions in Redis (redis://…, or HOTWASH_REDIS_URL), rooms
                      shared with the other nodes, each session run by the node holding its lease; see
                      docs/deploy.md (without it: SQLite in --data-dir, one process). Nodes reachable from the
                      network need the same HOTWASH_SECRET
  --node-id <id>      this node's name in the cluster and its logs (default: host name and process id)
  --lease-ms <n>      how long a node's hold on a session lasts unrenewed (default 10000, or HOTWASH_LEASE_MS);
                      a dead node's sessions move to another node after about this long
  --creates-per-minute <n>
                      sessions that may be created in any one minute (default 30, or
                      HOTWASH_CREATES_PER_MINUTE); only sessions created count
  --log-level <l>     debug, info (default), warn, error or silent (or HOTWASH_LOG_LEVEL); one JSON line per
                      event on standard output
  -h, --help          show this help`;

/** Resolves with 0 once SIGINT or SIGTERM has stopped the server (`close`). */
function untilStopped(close: () => Promise<void>): Promise<number> {
  return new Promise<number>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void close().then(() => done(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** `hotwash serve`: the session server, until interrupted. */
export const serve: Command = {
  name: "serve",
  summary: "serve the game and team sessions across devices (one origin)",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(
      args,
      [
        "port",
        "host",
        "data-dir",
        "app-dir",
        "scenarios",
        "redis",
        "node-id",
        "lease-ms",
        "log-level",
        "creates-per-minute",
      ],
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
    const level = options["log-level"] ?? process.env.HOTWASH_LOG_LEVEL ?? "info";
    if (!isLogLevel(level)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}`);
    const leaseMs = Number(options["lease-ms"] ?? process.env.HOTWASH_LEASE_MS ?? 10_000);
    if (!Number.isInteger(leaseMs) || leaseMs < 200 || leaseMs > 600_000)
      throw new UsageError("--lease-ms must be a whole number of milliseconds from 200 to 600000");
    const createsPerMinute = Number(
      options["creates-per-minute"] ?? process.env.HOTWASH_CREATES_PER_MINUTE ?? DEFAULT_CREATES_PER_MINUTE,
    );
    if (!Number.isInteger(createsPerMinute) || createsPerMinute < 1 || createsPerMinute > 100_000)
      throw new UsageError("--creates-per-minute must be a whole number from 1 to 100000");
    const redisUrl = options.redis ?? process.env.HOTWASH_REDIS_URL;
    if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl))
      throw new UsageError("--redis must be a redis:// or rediss:// URL");
    const node = options["node-id"] ?? `${hostname()}-${process.pid}`;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(node))
      throw new UsageError("--node-id: up to 64 letters, digits, '.', '_' or '-'");
    const log = jsonLogger(io.out, level, node);
    const appDir = resolve(io.cwd, options["app-dir"] ?? join(INSTALL, "dist"));
    const bind = options.host ?? "127.0.0.1";
    const exposed = !isLoopbackHost(bind.replace(/^\[|\]$/g, ""));
    if (redisUrl !== undefined) {
      // why: behind a load balancer any node may take the request, so every node must know the one secret.
      const shared = process.env.HOTWASH_SECRET;
      if (exposed && (shared === undefined || !isFacilitatorSecret(shared)))
        throw new UsageError(
          "a cluster node reachable from the network needs HOTWASH_SECRET (16-100 letters, digits, - or _), the same on every node",
        );
      let cluster: RunningClusterServer;
      try {
        cluster = await startClusterServer({
          scenarios,
          redisUrl,
          node,
          leaseMs,
          appDir,
          host: bind,
          port,
          log,
          creation: {
            loopbackOnly: !exposed,
            createsPerMinute,
            ...(exposed ? { secret: shared as string } : {}),
          },
        });
      } catch (error) {
        io.err(`hotwash serve: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      io.out(`listening ${cluster.url}`);
      io.out(
        `Hotwash node ${node} is serving the game and team sessions at ${cluster.url}/ (sessions in Redis).`,
      );
      return untilStopped(() => cluster.close());
    }
    const secret = exposed ? facilitatorSecret(process.env, io.err) : undefined;
    const server = await startSessionServer({
      scenarios,
      dataDir,
      appDir,
      host: bind,
      port,
      warn: io.err,
      createsPerMinute,
      ...(secret !== undefined ? { secret } : {}),
    });
    log.info("node.ready", { url: server.url, store: "sqlite" });
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
    return untilStopped(() => server.close());
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

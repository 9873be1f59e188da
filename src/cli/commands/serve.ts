import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { type RunningClusterServer, startClusterServer } from "../../server/cluster/clusterServer";
import { loadScenarios } from "../../server/loadScenarios";
import { startSessionServer } from "../../server/sessionServer";
import { isLogLevel, jsonLogger, LOG_LEVELS } from "../../server/structuredLog";
import { type Command, UsageError } from "../command";
import { parseOptions } from "./drillFiles";

const INSTALL = join(import.meta.dirname, "../../..");

const USAGE = `Usage: hotwash serve [--port N] [--host H] [--data-dir DIR | --redis redis://HOST:PORT]

Serves the built game and team sessions from one origin: the facilitator, the team display, evaluators and
every player role join from their own devices with the links \`hotwash session new\` (or the console) hands
out. Each session runs on the server and its inputs are kept in SQLite in --data-dir, so a restart resumes it.
GET /healthz says the process runs; GET /readyz says it can serve sessions (for a load balancer).

Options:
  --port <n>          port to listen on (default 8080; 0 picks a free one)
  --host <h>          address to bind (default 127.0.0.1, this machine only; 0.0.0.0 for the room's network)
  --data-dir <dir>    where sessions are kept (default ./hotwash-data)
  --app-dir <dir>     the built game to serve (default: dist/ of this installation; npm run build makes it)
  --scenarios <dir>   the scenarios to offer (default: scenarios/ of this installation)
  --redis <url>       run as one node of a cluster: sessions in Redis (redis://…, or HOTWASH_REDIS_URL), rooms
                      shared with the other nodes, each session run by the node holding its lease; see
                      docs/deploy.md (without it: SQLite in --data-dir, one process)
  --node-id <id>      this node's name in the cluster and its logs (default: host name and process id)
  --lease-ms <n>      how long a node's hold on a session lasts unrenewed (default 10000, or HOTWASH_LEASE_MS);
                      a dead node's sessions move to another node after about this long
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
      ["port", "host", "data-dir", "app-dir", "scenarios", "redis", "node-id", "lease-ms", "log-level"],
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
    const redisUrl = options.redis ?? process.env.HOTWASH_REDIS_URL;
    if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl))
      throw new UsageError("--redis must be a redis:// or rediss:// URL");
    const node = options["node-id"] ?? `${hostname()}-${process.pid}`;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(node))
      throw new UsageError("--node-id: up to 64 letters, digits, '.', '_' or '-'");
    const log = jsonLogger(io.out, level, node);
    const appDir = resolve(io.cwd, options["app-dir"] ?? join(INSTALL, "dist"));
    if (redisUrl !== undefined) {
      let cluster: RunningClusterServer;
      try {
        cluster = await startClusterServer({
          scenarios,
          redisUrl,
          node,
          leaseMs,
          appDir,
          host: options.host ?? "127.0.0.1",
          port,
          log,
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
    const server = await startSessionServer({
      scenarios,
      dataDir,
      appDir,
      host: options.host ?? "127.0.0.1",
      port,
      warn: io.err,
    });
    log.info("node.ready", { url: server.url, store: "sqlite" });
    io.out(`listening ${server.url}`);
    io.out(`Hotwash is serving the game and team sessions at ${server.url}/ (sessions kept in ${dataDir}).`);
    io.out(`Create a session: hotwash session new <scenario> --server ${server.url}`);
    return untilStopped(() => server.close());
  },
};

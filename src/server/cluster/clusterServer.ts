import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { Server as SocketServer } from "socket.io";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { CreationPolicy } from "../creationGuard";
import { healthRoutes } from "../healthRoutes";
import { isSameOrigin } from "../originCheck";
import { listenOn, originServer } from "../originServer";
import { newSessionRecord } from "../sessionHost";
import { requestOrigin, sessionApi, staticFiles } from "../sessionHttp";
import { MAX_MESSAGE_BYTES } from "../sessionSockets";
import type { Logger } from "../structuredLog";
import { type ClusterNode, startClusterNode } from "./clusterNode";
import { attachClusterSockets } from "./clusterSockets";
import { openRedisSessionStore } from "./redisSessionStore";

/** How a cluster node of `hotwash serve --redis` is started. */
export interface ClusterServerOptions {
  scenarios: readonly ScenarioDefinition[];
  redisUrl: string;
  node: string;
  leaseMs: number;
  appDir?: string;
  host?: string;
  port?: number;
  /** Who may create sessions: the same facilitator secret on every node when the cluster is reachable. */
  creation: CreationPolicy;
  log: Logger;
}

/** A running cluster node. */
export interface RunningClusterServer {
  url: string;
  cluster: ClusterNode;
  http: HttpServer;
  io: SocketServer;
  close(): Promise<void>;
}

/**
 * Starts one node of a Hotwash cluster: sessions live in Redis (`redisUrl`), rooms are shared with the other
 * nodes through the Redis streams adapter (with connection-state recovery), and each session is run by the node
 * holding its lease. Refuses to start when Redis cannot be made to fsync every write.
 */
export async function startClusterServer(options: ClusterServerOptions): Promise<RunningClusterServer> {
  const { log } = options;
  const store = await openRedisSessionStore(options.redisUrl);
  const durability = await store.ensureDurability();
  if (durability) {
    await store.close();
    throw new Error(`Redis would not keep acknowledged inputs durably: ${durability}`);
  }
  const scenarios = new Map(options.scenarios.map((scenario) => [scenario.id, scenario]));
  const files = staticFiles(options.appDir);
  let ready = false;
  const health = healthRoutes(async () => {
    if (!ready) return { ready: false, detail: "starting" };
    return (await store.ping())
      ? { ready: true, detail: `node ${options.node}` }
      : { ready: false, detail: "Redis is unreachable" };
  });
  let api: ReturnType<typeof sessionApi> = async () => false;
  const http = originServer(
    () => [health, api],
    files,
    (error) => log.error("request.failed", { error: String(error) }),
  );
  const io = new SocketServer(http, {
    path: "/socket.io/",
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (request, callback) => callback(null, isSameOrigin(request)),
    pingInterval: 10_000,
    pingTimeout: 8_000,
    adapter: createAdapter(store.client, { blockTimeInMs: 1000 }),
    // why: a device that reconnects (to this node or another) within two minutes gets the packets it missed;
    // the token is checked again all the same.
    connectionStateRecovery: { maxDisconnectionDuration: 120_000, skipMiddlewares: false },
  });
  const cluster = await startClusterNode(store, scenarios, io, {
    node: options.node,
    leaseMs: options.leaseMs,
    log,
  });
  attachClusterSockets(io, cluster, store, scenarios, { origin: requestOrigin, log });
  api = sessionApi(
    {
      scenarios,
      async create(request) {
        const { meta, tokens } = newSessionRecord(request, scenarios, new Date());
        await store.createSession(meta, tokens);
        log.info("session.created", { session: meta.id, scenario: meta.scenario });
        return { session: meta.id, tokens };
      },
      findToken: (token) => store.findToken(token),
      get: (session) => cluster.snapshot(session),
    },
    options.creation,
  );
  const bind = options.host ?? "127.0.0.1";
  const url = await listenOn(http, options.port ?? 8080, bind);
  ready = true;
  log.info("node.ready", { url, redis: new URL(options.redisUrl).host, leaseMs: options.leaseMs });
  return {
    url,
    cluster,
    http,
    io,
    close: async () => {
      ready = false;
      await cluster.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

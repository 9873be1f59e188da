import type { Server as HttpServer } from "node:http";
import type { Server as SocketServer } from "socket.io";
import type { ScenarioDefinition } from "../engine/scenario";
import { type CreationPolicy, isLoopbackHost } from "./creationGuard";
import { healthRoutes } from "./healthRoutes";
import { listenOn, originServer } from "./originServer";
import { createSessionHost, type SessionHost } from "./sessionHost";
import { requestOrigin, sessionApi, staticFiles } from "./sessionHttp";
import { attachSessionSockets } from "./sessionSockets";
import { openSqliteSessionStore } from "./sqliteSessionStore";

/** How `hotwash serve` is started. */
export interface SessionServerOptions {
  scenarios: readonly ScenarioDefinition[];
  dataDir: string;
  /** The built game (Vite's dist/); undefined serves the sessions only. */
  appDir?: string;
  host?: string;
  port?: number;
  /** The facilitator secret creating a session needs; `hotwash serve` sets one whenever `host` is not loopback. */
  secret?: string;
  /** Sessions that may be created per minute (default 30). */
  createsPerMinute?: number;
  warn?: (line: string) => void;
}

/** A running session server. */
export interface RunningSessionServer {
  url: string;
  host: SessionHost;
  http: HttpServer;
  io: SocketServer;
  close(): Promise<void>;
}

/** Attaches the sessions (API and sockets) to an existing HTTP server; Vite's dev server uses this too. */
export function attachSessions(
  http: HttpServer,
  options: Pick<SessionServerOptions, "scenarios" | "dataDir" | "warn"> & { creation: CreationPolicy },
): { host: SessionHost; io: SocketServer; api: ReturnType<typeof sessionApi> } {
  const host = createSessionHost(
    openSqliteSessionStore(options.dataDir),
    new Map(options.scenarios.map((scenario) => [scenario.id, scenario])),
    options.warn ? { warn: options.warn } : {},
  );
  const io = attachSessionSockets(http, host, { origin: requestOrigin });
  return { host, io, api: sessionApi(host, options.creation) };
}

/** Starts `hotwash serve`: the built game and the sessions on one origin, bound to 127.0.0.1 unless told. */
export async function startSessionServer(options: SessionServerOptions): Promise<RunningSessionServer> {
  const files = staticFiles(options.appDir);
  let api: ReturnType<typeof sessionApi> = async () => false;
  let ready = false;
  const health = healthRoutes(async () =>
    ready ? { ready: true, detail: "one process, SQLite" } : { ready: false, detail: "starting" },
  );
  const http = originServer(
    () => [health, api],
    files,
    (error) => options.warn?.(`request failed: ${String(error)}`),
  );
  const bind = options.host ?? "127.0.0.1";
  const attached = attachSessions(http, {
    ...options,
    creation: {
      loopbackOnly: isLoopbackHost(bind.replace(/^\[|\]$/g, "")),
      ...(options.secret !== undefined ? { secret: options.secret } : {}),
      ...(options.createsPerMinute !== undefined ? { createsPerMinute: options.createsPerMinute } : {}),
    },
  });
  api = attached.api;
  const url = await listenOn(http, options.port ?? 8080, bind);
  ready = true;
  return {
    url,
    host: attached.host,
    http,
    io: attached.io,
    close: async () => {
      ready = false;
      await new Promise<void>((resolve) => attached.io.close(() => resolve()));
      attached.host.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

import { join } from "node:path";
import type { Plugin } from "vite";
import { isLoopbackHost } from "./creationGuard";
import { facilitatorSecret } from "./facilitatorSecret";
import { loadScenarios } from "./loadScenarios";
import { markSessionsOn } from "./sessionHttp";
import { attachSessions } from "./sessionServer";

/**
 * `npm start`'s session server: the sessions (API and Socket.IO) on Vite's own dev server, so development has the
 * one origin `hotwash serve` has. Sessions are kept in `HOTWASH_DATA_DIR` (default `hotwash-data/` in the project).
 * Exposed beyond this machine (`vite --host`), creating a session needs a facilitator secret, printed at start.
 */
export function sessionServerPlugin(root: string): Plugin {
  return {
    name: "hotwash-sessions",
    apply: "serve",
    transformIndexHtml(html) {
      return process.env.VITEST ? html : markSessionsOn(html);
    },
    configureServer(server) {
      // why: the test runner and the browser tests start Vite too; they must not open the project's database.
      if (process.env.VITEST || !server.httpServer) return;
      const warn = (line: string) => server.config.logger.warn(line);
      const bind = server.config.server.host;
      const loopbackOnly =
        bind === undefined || bind === false || (typeof bind === "string" && isLoopbackHost(bind));
      const secret = loopbackOnly ? undefined : facilitatorSecret(process.env, warn);
      const { api } = attachSessions(server.httpServer as import("node:http").Server, {
        scenarios: loadScenarios(join(root, "scenarios"), warn),
        dataDir: process.env.HOTWASH_DATA_DIR ?? join(root, "hotwash-data"),
        warn,
        creation: { loopbackOnly, ...(secret !== undefined ? { secret } : {}) },
      });
      if (secret !== undefined)
        server.httpServer.once("listening", () =>
          server.config.logger.info(
            `  Team sessions: this server is reachable beyond this machine, so creating a session needs the facilitator secret ${secret} (open /#/facilitator?secret=${secret}).`,
          ),
        );
      server.middlewares.use((request, response, next) => {
        api(request, response)
          .then((handled) => {
            if (!handled) next();
          })
          .catch(next);
      });
    },
  };
}

import { join } from "node:path";
import type { Plugin } from "vite";
import { loadScenarios } from "./loadScenarios";
import { attachSessions } from "./sessionServer";

/**
 * `npm start`'s session server: the sessions (API and Socket.IO) on Vite's own dev server, so development has the
 * one origin `hotwash serve` has. Sessions are kept in `HOTWASH_DATA_DIR` (default `hotwash-data/` in the project).
 */
export function sessionServerPlugin(root: string): Plugin {
  return {
    name: "hotwash-sessions",
    apply: "serve",
    configureServer(server) {
      // why: the test runner and the browser tests start Vite too; they must not open the project's database.
      if (process.env.VITEST || !server.httpServer) return;
      const warn = (line: string) => server.config.logger.warn(line);
      const { api } = attachSessions(server.httpServer as import("node:http").Server, {
        scenarios: loadScenarios(join(root, "scenarios"), warn),
        dataDir: process.env.HOTWASH_DATA_DIR ?? join(root, "hotwash-data"),
        warn,
      });
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

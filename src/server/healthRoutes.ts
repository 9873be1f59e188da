import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "../app/securityHeaders";

/** What readiness reports: whether the process can serve sessions now, and why not. */
export interface Readiness {
  ready: boolean;
  detail: string;
}

/**
 * The load balancer's endpoints: `GET /healthz` answers 200 while the process runs (restart it otherwise);
 * `GET /readyz` answers 200 when `readiness` says the store is reachable and the node can serve, else 503 (send it
 * no traffic). Returns false for every other path.
 */
export function healthRoutes(
  readiness: () => Promise<Readiness>,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, {
      ...SECURITY_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
    });
    response.end(`${JSON.stringify(body)}\n`);
  };
  return async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/healthz") {
      answer(response, 200, { ok: true });
      return true;
    }
    if (path === "/readyz") {
      const state = await readiness().catch(
        (error: unknown): Readiness => ({ ready: false, detail: String(error) }),
      );
      answer(response, state.ready ? 200 : 503, { ok: state.ready, detail: state.detail });
      return true;
    }
    return false;
  };
}

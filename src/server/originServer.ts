import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** A route that answers a request it recognises and resolves true; false passes the request on. */
export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/**
 * The HTTP server of one origin: each request goes through `routes()` in order (read at every request, so a route
 * attached after start takes effect), and what none answers is served from `files`. A route that throws answers 500
 * and is reported to `failed`.
 */
export function originServer(
  routes: () => readonly Route[],
  files: (request: IncomingMessage, response: ServerResponse) => void,
  failed: (error: unknown) => void,
): HttpServer {
  return createServer((request, response) => {
    (async () => {
      for (const route of routes()) if (await route(request, response)) return;
      files(request, response);
    })().catch((error: unknown) => {
      failed(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}

/** Listens on `host:port` (0: a free port) and resolves with the server's own URL once bound. */
export async function listenOn(http: HttpServer, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(port, host, () => resolve());
  });
  const address = http.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${shown}:${address.port}`;
}

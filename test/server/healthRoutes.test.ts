import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthRoutes, type Readiness } from "../../src/server/healthRoutes";

describe("the load balancer's endpoints", () => {
  let readiness: Readiness = { ready: false, detail: "starting" };
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const routes = healthRoutes(async () => readiness);
    server = createServer((request, response) => {
      void routes(request, response).then((handled) => {
        if (!handled) response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("/healthz answers 200 while the process runs, ready or not", async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("/readyz answers 503 until the node can serve, then 200", async () => {
    readiness = { ready: false, detail: "Redis is unreachable" };
    const waiting = await fetch(`${url}/readyz`);
    expect(waiting.status).toBe(503);
    expect(await waiting.json()).toEqual({ ok: false, detail: "Redis is unreachable" });
    readiness = { ready: true, detail: "node n1" };
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("leaves every other path to the next handler", async () => {
    expect((await fetch(`${url}/api/health`)).status).toBe(404);
  });
});

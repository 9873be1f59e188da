import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_ROLES } from "../../src/facilitator/roster";
import { type RunningSessionServer, startSessionServer } from "../../src/server/sessionServer";
import { MARKED_SCENARIO } from "../facilitator/fixtures/markedScenario";
import { runHotwash } from "./support/serverProcess";

const SECRET = "a-facilitator-secret-0123456789";

/** One raw HTTP request, with whatever Host and Origin a browser (or an attacker's page) would send. */
function call(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, url);
    const sent = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: options.method ?? "GET",
        headers: options.headers ?? {},
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    sent.on("error", reject);
    sent.end(options.body);
  });
}

const create = (url: string, headers: Record<string, string> = {}) =>
  call(url, "/api/sessions", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ scenario: MARKED_SCENARIO.id, seed: "3" }),
  });

describe("who may create a session", () => {
  const dataDirs: string[] = [];
  const servers: RunningSessionServer[] = [];
  let local: RunningSessionServer;
  let exposed: RunningSessionServer;
  let limited: RunningSessionServer;

  beforeAll(async () => {
    const start = async (options: { host?: string; secret?: string; createsPerMinute?: number }) => {
      const dataDir = mkdtempSync(join(tmpdir(), "hotwash-create-"));
      dataDirs.push(dataDir);
      const server = await startSessionServer({ scenarios: [MARKED_SCENARIO], dataDir, port: 0, ...options });
      servers.push(server);
      return server;
    };
    local = await start({});
    exposed = await start({ host: "0.0.0.0", secret: SECRET });
    limited = await start({ host: "0.0.0.0", secret: SECRET, createsPerMinute: 2 });
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("answers the issue's shape exactly: session, facilitator, display, and one link per seat in roles", async () => {
    const origin = new URL(local.url).origin;
    const made = await create(local.url, { Origin: origin });
    expect(made.status).toBe(201);
    const links = JSON.parse(made.body);
    expect(Object.keys(links)).toEqual(["session", "facilitator", "display", "roles"]);
    expect(Object.keys(links.roles)).toEqual([...SESSION_ROLES.map((role) => role.id), "evaluator"]);
    for (const link of [links.facilitator, links.display, ...Object.values(links.roles)])
      expect(link).toEqual({
        url: `${origin}/#/join?token=${(link as { token: string }).token}`,
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
    const tokens = new Set(
      [links.facilitator, links.display, ...Object.values(links.roles)].map((l) => l.token),
    );
    expect(tokens.size).toBe(2 + SESSION_ROLES.length + 1);
  });

  it("on loopback, refuses another site's page and a page that re-pointed its own name at 127.0.0.1", async () => {
    const port = new URL(local.url).port;
    expect((await create(local.url, { Origin: "http://evil.example" })).status).toBe(403);
    const rebound = await create(local.url, {
      Host: `evil.example:${port}`,
      Origin: `http://evil.example:${port}`,
    });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error).toContain("only creates sessions for this machine");
    expect(
      (await create(local.url, { Host: `localhost:${port}`, Origin: `http://localhost:${port}` })).status,
    ).toBe(201);
    expect((await call(local.url, "/api/health")).body).toContain('"secretRequired": false');
  });

  it("reachable from the network, creating needs the facilitator secret; joining and health do not", async () => {
    const url = exposed.url.replace("0.0.0.0", "127.0.0.1");
    const origin = new URL(url).origin;
    const health = JSON.parse((await call(url, "/api/health", { headers: { Origin: origin } })).body);
    expect(health).toEqual({ ok: true, secretRequired: true });
    const scenarios = JSON.parse((await call(url, "/api/scenarios")).body);
    expect(scenarios).toEqual({ scenarios: [{ id: MARKED_SCENARIO.id, title: MARKED_SCENARIO.title }] });

    const bare = await create(url, { Origin: origin });
    expect(bare.status).toBe(401);
    expect(JSON.parse(bare.body).error).toContain("facilitator secret");
    expect((await create(url, { Origin: origin, Authorization: `Bearer ${SECRET}x` })).status).toBe(401);
    expect((await create(url, { Origin: origin, Authorization: `Bearer ${SECRET.slice(1)}` })).status).toBe(
      401,
    );
    expect(
      (await create(url, { Origin: "http://evil.example", Authorization: `Bearer ${SECRET}` })).status,
    ).toBe(403);
    const made = await create(url, { Origin: origin, Authorization: `Bearer ${SECRET}` });
    expect(made.status).toBe(201);
    expect(Object.keys(JSON.parse(made.body))).toEqual(["session", "facilitator", "display", "roles"]);
  });

  it("hotwash session new prints exactly that JSON, and passes HOTWASH_SECRET when the server asks", async () => {
    const url = exposed.url.replace("0.0.0.0", "127.0.0.1");
    const refused = await runHotwash(["session", "new", MARKED_SCENARIO.id, "--server", url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      "hotwash session new: unauthorized: creating a session needs the facilitator secret the server printed when it started",
    );
    const made = await runHotwash(["session", "new", MARKED_SCENARIO.id, "--server", url, "--seed", "9"], {
      HOTWASH_SECRET: SECRET,
    });
    expect(made.code).toBe(0);
    const printed = JSON.parse(made.stdout);
    expect(Object.keys(printed)).toEqual(["session", "facilitator", "display", "roles"]);
    expect(printed.roles.evaluator.url).toContain("#/join?token=");
    expect(exposed.host.get(printed.session)?.meta.seed).toBe("9");
  }, 60_000);

  it("creates only its allowance per minute; strangers without the secret and refused requests do not use it up", async () => {
    const url = limited.url.replace("0.0.0.0", "127.0.0.1");
    const origin = new URL(url).origin;
    for (let knock = 0; knock < 5; knock++) expect((await create(url, { Origin: origin })).status).toBe(401);
    const facilitator = { Origin: origin, Authorization: `Bearer ${SECRET}` };
    const malformed = await call(url, "/api/sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...facilitator },
      body: JSON.stringify({ scenario: "no-such-scenario" }),
    });
    expect(malformed.status).toBe(400);
    expect((await create(url, facilitator)).status).toBe(201);
    expect((await create(url, facilitator)).status).toBe(201);
    const third = await create(url, facilitator);
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body).error).toBe("too many sessions created; wait a minute");
  });
});

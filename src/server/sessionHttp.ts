import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { SECURITY_HEADERS } from "../app/securityHeaders";
import type { ScenarioDefinition } from "../engine/scenario";
import type { HostedState } from "../facilitator/remote/hostedState";
import { isSessionRole } from "../facilitator/roster";
import { type CreationPolicy, creationRefusal, DEFAULT_CREATES_PER_MINUTE } from "./creationGuard";
import { isSameOrigin } from "./originCheck";
import type { CreatedSession, NewSession } from "./sessionHost";
import { SESSION_REPORT_FORMATS, type SessionReportFormat, sessionReport } from "./sessionReport";
import { joinLinks } from "./sessionSockets";
import type { StoredToken } from "./sessionStore";

const MAX_BODY_BYTES = 16 * 1024;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

const SESSIONS_OFF = '<meta name="hotwash-sessions" content="off" />';

/** The game's page as a session server serves it: marked so the console offers team sessions (no probe elsewhere). */
export function markSessionsOn(html: string): string {
  return html.replace(SESSIONS_OFF, '<meta name="hotwash-sessions" content="on" />');
}

/**
 * The origin a request addressed (`http://host:port`), for the links the server hands out; `https` when a TLS
 * proxy in front says so (`X-Forwarded-Proto: https`), which changes only the links sent back to that request.
 */
export function requestOrigin(request: IncomingMessage): string {
  const scheme = request.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  return `${scheme}://${request.headers.host ?? "127.0.0.1"}`;
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type = "text/plain; charset=utf-8",
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, `${JSON.stringify(value, null, 2)}\n`, "application/json; charset=utf-8");
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === "string" ? /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header) : null;
  return match?.[1];
}

/** What the session API needs of the sessions: one process's host, or a cluster node (whose answers are promises). */
export interface SessionApiHost {
  readonly scenarios: ReadonlyMap<string, ScenarioDefinition>;
  create(request: NewSession): CreatedSession | Promise<CreatedSession>;
  findToken(token: string): StoredToken | undefined | Promise<StoredToken | undefined>;
  /** The session as it stands (for its report). */
  get(session: string): HostedState | undefined | Promise<HostedState | undefined>;
}

/** What creating a session answers: the shape, the evaluator's link among the seats in `roles`. */
export interface CreatedSessionLinks {
  session: string;
  facilitator: { url: string; token: string };
  display: { url: string; token: string };
  roles: Record<string, { url: string; token: string }>;
}

/**
 * The session API: `POST /api/sessions` creates a session (`{ scenario, seed?, approval?, roster? }`, guarded by
 * the creation policy) and answers its join links; `GET /api/sessions/<id>/report?format=json|md|html|csv` with
 * the facilitator's token as a bearer writes its after-action report; `GET /api/scenarios` lists what may be
 * created; `GET /api/health` says the server is up and whether creating needs the facilitator secret. Returns
 * false for other paths.
 */
export function sessionApi(
  host: SessionApiHost,
  policy: CreationPolicy,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  let windowStart = 0;
  let created = 0;
  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith("/api/")) return false;
    if (!isSameOrigin(request)) {
      send(response, 403, "forbidden: another origin\n");
      return true;
    }
    if (url.pathname === "/api/health") {
      sendJson(response, 200, { ok: true, secretRequired: policy.secret !== undefined });
      return true;
    }
    if (url.pathname === "/api/scenarios" && request.method === "GET") {
      const scenarios = [...host.scenarios.values()]
        .map((scenario) => ({ id: scenario.id, title: scenario.title }))
        .sort((a, b) => a.title.localeCompare(b.title));
      sendJson(response, 200, { scenarios });
      return true;
    }
    if (url.pathname === "/api/sessions" && request.method === "POST") {
      const refusal = creationRefusal(request, policy);
      if (refusal) {
        sendJson(response, refusal.status, { error: refusal.error });
        return true;
      }
      // why: only sessions actually created count, so strangers knocking (or malformed requests) cannot use up the
      // facilitator's allowance.
      const now = Date.now();
      if (now - windowStart > 60_000) {
        windowStart = now;
        created = 0;
      }
      if (created >= (policy.createsPerMinute ?? DEFAULT_CREATES_PER_MINUTE)) {
        sendJson(response, 429, { error: "too many sessions created; wait a minute" });
        return true;
      }
      const body = await readBody(request);
      if (body === undefined) {
        sendJson(response, 413, { error: `the request is larger than ${MAX_BODY_BYTES} bytes` });
        return true;
      }
      const problem = createProblem(body, host);
      if (typeof problem === "string") {
        sendJson(response, 400, { error: problem });
        return true;
      }
      created++;
      const made = await host.create(problem);
      const links = joinLinks(made.tokens, requestOrigin(request));
      const pick = (audience: string) => {
        const link = links.find((candidate) => candidate.audience === audience);
        return link ? { url: link.url, token: link.token } : undefined;
      };
      const seats = links.filter((link) => link.role || link.audience === "evaluator");
      const answer: CreatedSessionLinks = {
        session: made.session,
        facilitator: pick("facilitator") as CreatedSessionLinks["facilitator"],
        display: pick("display") as CreatedSessionLinks["display"],
        roles: Object.fromEntries(
          [...seats.filter((link) => link.role), ...seats.filter((link) => !link.role)].map((link) => [
            link.role ?? "evaluator",
            { url: link.url, token: link.token },
          ]),
        ),
      };
      sendJson(response, 201, answer);
      return true;
    }
    const report = /^\/api\/sessions\/([a-f0-9]{12})\/report$/.exec(url.pathname);
    if (report && request.method === "GET") {
      const token = bearer(request);
      const stored = token ? await host.findToken(token) : undefined;
      const state = await host.get(report[1] as string);
      if (
        !stored ||
        stored.revoked ||
        stored.grant.audience !== "facilitator" ||
        stored.grant.session !== report[1] ||
        !state
      ) {
        sendJson(response, 401, { error: "unauthorized" });
        return true;
      }
      const format = url.searchParams.get("format") ?? "json";
      if (!(SESSION_REPORT_FORMATS as readonly string[]).includes(format)) {
        sendJson(response, 400, { error: `format must be one of ${SESSION_REPORT_FORMATS.join(", ")}` });
        return true;
      }
      const rendered = sessionReport(state, format as SessionReportFormat);
      send(response, 200, rendered.body, rendered.contentType);
      return true;
    }
    sendJson(response, 404, { error: "no such API" });
    return true;
  };
}

function createProblem(body: string, host: SessionApiHost) {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return "the request is not JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "expected a JSON object";
  const request = value as Record<string, unknown>;
  const unknown = Object.keys(request).filter(
    (key) => !["scenario", "seed", "approval", "roster"].includes(key),
  );
  if (unknown.length > 0) return `unknown field ${unknown[0]}`;
  if (typeof request.scenario !== "string" || !host.scenarios.has(request.scenario))
    return `unknown scenario; installed: ${[...host.scenarios.keys()].join(", ")}`;
  if (
    request.seed !== undefined &&
    (typeof request.seed !== "string" || !/^[A-Za-z0-9_-]{1,40}$/.test(request.seed))
  )
    return "seed: up to 40 letters, digits, - or _";
  if (request.approval !== undefined && typeof request.approval !== "boolean")
    return "approval: true or false";
  const roster = request.roster ?? [];
  if (
    !Array.isArray(roster) ||
    roster.length > 50 ||
    !roster.every(
      (entry) =>
        typeof entry === "object" &&
        entry !== null &&
        typeof entry.name === "string" &&
        entry.name.length <= 80 &&
        isSessionRole(entry.role),
    )
  )
    return "roster: up to 50 entries of { name, role }";
  return {
    scenario: request.scenario,
    ...(request.seed !== undefined ? { seed: request.seed as string } : {}),
    approvalRequired: request.approval === true,
    roster: roster as { name: string; role: never }[],
  };
}

/**
 * Serves the built game from `appDir` with the security headers; any path that is not a file is the game's
 * page (its routes live in the fragment). Without a build, a one-line page says how to make one.
 */
export function staticFiles(
  appDir: string | undefined,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD")
      return send(response, 405, "method not allowed\n");
    if (!appDir || !existsSync(join(appDir, "index.html")))
      return send(
        response,
        404,
        "The game is not built here: run `npm run build`, then `hotwash serve` again.\n",
      );
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(appDir, path));
    const inside = file === appDir || file.startsWith(appDir.endsWith(sep) ? appDir : `${appDir}${sep}`);
    const target = inside && existsSync(file) && statSync(file).isFile() ? file : join(appDir, "index.html");
    const type = TYPES[extname(target)] ?? "application/octet-stream";
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": type,
      "Cache-Control": target.includes(`${sep}assets${sep}`)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
    const body = target.endsWith(`${sep}index.html`)
      ? Buffer.from(markSessionsOn(readFileSync(target, "utf8")))
      : readFileSync(target);
    response.end(request.method === "HEAD" ? undefined : body);
  };
}

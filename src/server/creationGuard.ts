import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** Who may create sessions on this server. */
export interface CreationPolicy {
  /**
   * The facilitator secret creating a session needs (`Authorization: Bearer <secret>`); set when the server is
   * reachable beyond this machine. Undefined: anyone who reaches the server may create one.
   */
  secret?: string;
  /**
   * Bound to a loopback address: a request must also name a loopback host, so a web page whose own name was
   * re-pointed at 127.0.0.1 (DNS rebinding) passes the Origin check but still cannot create sessions.
   */
  loopbackOnly: boolean;
  /** How many sessions may be created in any one minute (default 30); a load test or a training day raises it. */
  createsPerMinute?: number;
}

/** Sessions a server creates per minute unless its policy says otherwise. */
export const DEFAULT_CREATES_PER_MINUTE = 30;

/** The refusal a session-creating request gets, if any. */
export interface CreationRefusal {
  status: 401 | 403;
  error: string;
}

const LOOPBACK_NAMES = new Set(["localhost", "::1", "[::1]"]);

/** Whether a host name or address (`127.0.0.1`, `localhost`, `[::1]`, without a port) is this machine only. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_NAMES.has(name) || /^127(\.\d{1,3}){3}$/.test(name) || name.endsWith(".localhost");
}

/** The host name of a `Host` header (`127.0.0.1:8080` → `127.0.0.1`, `[::1]:80` → `[::1]`). */
function hostName(header: string): string {
  return header.startsWith("[") ? header.slice(0, header.indexOf("]") + 1) : (header.split(":")[0] ?? "");
}

/** A new facilitator secret: 16 random bytes, base64url (22 characters). */
export function newFacilitatorSecret(): string {
  return randomBytes(16).toString("base64url");
}

/** Whether the text is shaped like a facilitator secret (what `HOTWASH_SECRET` may hold). */
export function isFacilitatorSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,100}$/.test(value);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why this request may not create a session (undefined: it may). The Origin check has already run for every
 * API request; this adds the loopback-host check and the facilitator secret of the policy.
 */
export function creationRefusal(
  request: IncomingMessage,
  policy: CreationPolicy,
): CreationRefusal | undefined {
  if (policy.loopbackOnly && !isLoopbackHost(hostName(request.headers.host ?? "")))
    return { status: 403, error: "forbidden: this server only creates sessions for this machine" };
  if (policy.secret === undefined) return undefined;
  const header = request.headers.authorization;
  const given = typeof header === "string" ? /^Bearer (\S{1,200})$/.exec(header)?.[1] : undefined;
  if (given === undefined || !sameSecret(given, policy.secret))
    return {
      status: 401,
      error:
        "unauthorized: creating a session needs the facilitator secret the server printed when it started",
    };
  return undefined;
}

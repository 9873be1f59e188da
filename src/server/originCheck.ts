import type { IncomingMessage } from "node:http";

/**
 * Whether a request may reach the session server: a browser's `Origin` must be this server's own origin (the
 * `Host` it asked for); a request without `Origin` (the command line, a bot) is let through to the token check.
 */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host;
  if (!host) return false;
  try {
    const parsed = new URL(origin);
    return parsed.host === host && (parsed.protocol === "http:" || parsed.protocol === "https:");
  } catch {
    return false;
  }
}

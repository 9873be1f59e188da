import type {
  TeamSessionOffer,
  TeamSessionRequest,
  TeamSessionService,
} from "../facilitator/console/consoleDeps";

const SECRET_KEY = "hotwash.facilitator-secret";

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "omit" });
  if (!response.ok || !(response.headers.get("content-type") ?? "").includes("application/json"))
    throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

function storedSecret(): string | undefined {
  try {
    return sessionStorage.getItem(SECRET_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the facilitator secret for this tab only (a reload keeps it; closing the tab forgets it). */
export function rememberFacilitatorSecret(secret: string): void {
  try {
    sessionStorage.setItem(SECRET_KEY, secret);
  } catch {
    // why: the secret then lasts for this page only.
  }
}

/**
 * The session server this page came from, for the console's "Run a team session": what it offers (from
 * `/api/health` and `/api/scenarios` on this origin) and session creation (`POST /api/sessions`); a created
 * session's console is opened in this page through `open(facilitator token)`.
 */
export function teamSessionClient(
  open: (facilitatorToken: string) => void,
  initialSecret?: string,
): TeamSessionService {
  let secret = initialSecret ?? storedSecret();
  return {
    async offer(): Promise<TeamSessionOffer> {
      // why: only a session server marks the page, so a static copy of the game makes no request that must fail.
      const marked =
        document.querySelector('meta[name="hotwash-sessions"]')?.getAttribute("content") === "on";
      if (!marked) return { available: false, reason: "this page was not served by one" };
      try {
        const health = (await getJson("/api/health")) as { ok?: unknown; secretRequired?: unknown };
        if (health.ok !== true) throw new Error("no session server");
        const listed = (await getJson("/api/scenarios")) as { scenarios?: { id: string; title: string }[] };
        return {
          available: true,
          secretRequired: health.secretRequired === true,
          scenarios: Array.isArray(listed.scenarios) ? listed.scenarios : [],
        };
      } catch {
        return { available: false, reason: "this page was not served by one" };
      }
    },
    knownSecret: () => secret,
    async create(request: TeamSessionRequest) {
      let response: Response;
      try {
        response = await fetch("/api/sessions", {
          method: "POST",
          credentials: "omit",
          headers: {
            "Content-Type": "application/json",
            ...(request.secret ? { Authorization: `Bearer ${request.secret}` } : {}),
          },
          body: JSON.stringify({
            scenario: request.scenario,
            seed: request.seed,
            approval: request.approval,
          }),
        });
      } catch {
        return {
          ok: false as const,
          error: "The session server did not answer; is hotwash serve still running?",
        };
      }
      const body = (await response.json().catch(() => ({}))) as {
        error?: unknown;
        facilitator?: { token?: unknown };
      };
      const token = body.facilitator?.token;
      if (response.status !== 201 || typeof token !== "string")
        return {
          ok: false as const,
          error: `The session server refused: ${typeof body.error === "string" ? body.error : `status ${response.status}`}`,
        };
      if (request.secret) {
        secret = request.secret;
        rememberFacilitatorSecret(request.secret);
      }
      open(token);
      return { ok: true as const };
    },
  };
}

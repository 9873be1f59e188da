import { randomBytes } from "node:crypto";
import { createDrill } from "../engine/createDrill";
import type { RoleId } from "../engine/organisation";
import type { ScenarioDefinition } from "../engine/scenario";
import {
  applyOp,
  createHostedState,
  type HostedSessionMeta,
  type HostedState,
  opProblem,
} from "../facilitator/remote/hostedState";
import type { SessionOp } from "../facilitator/remote/sessionOp";
import { cleanRoster, type RosterEntry, SESSION_ROLES } from "../facilitator/roster";
import type { SessionStore, StoredToken, TokenGrant } from "./sessionStore";

const SERVICES = { createDrill };
const LIVE_TICK_MS = 1000;

/** What a new hosted session is made of. */
export interface NewSession {
  scenario: string;
  seed?: string;
  roster?: RosterEntry[];
  approvalRequired?: boolean;
}

/** A session just created: its id and one token per audience and role. */
export interface CreatedSession {
  session: string;
  tokens: StoredToken[];
}

/** The sessions one server process hosts: created, restored from the store, changed only through `accept`. */
export interface SessionHost {
  readonly scenarios: ReadonlyMap<string, ScenarioDefinition>;
  create(request: NewSession): CreatedSession;
  get(session: string): HostedState | undefined;
  /** Applies ops in order, journals them durably, then tells the session's listeners; a refusal is one line. */
  accept(session: string, ops: readonly SessionOp[]): { ok: true } | { ok: false; error: string };
  /** Hears every accepted batch of a session (after it is on disk). */
  subscribe(session: string, listener: () => void): () => void;
  /** Makes a fresh token for a grant (a reissued join link). */
  issueToken(grant: TokenGrant): StoredToken;
  findToken(token: string): StoredToken | undefined;
  tokensOf(session: string): StoredToken[];
  /** Revokes a token at once: it admits no new connection and its open ones are refused their next message. */
  revokeToken(token: string): void;
  close(): void;
}

/** A random capability token: 32 bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The roles a session hands out links for: every seat the console knows. */
export const JOIN_ROLES: readonly RoleId[] = SESSION_ROLES.map((role) => role.id);

/**
 * A new session's meta and its join tokens (facilitator, display, evaluator, one per role), not yet stored; an
 * unknown scenario is an error.
 */
export function newSessionRecord(
  request: NewSession,
  scenarios: ReadonlyMap<string, ScenarioDefinition>,
  now: Date,
): { meta: HostedSessionMeta; tokens: StoredToken[] } {
  const scenario = scenarios.get(request.scenario);
  if (!scenario) throw new Error(`the scenario "${request.scenario}" is not installed`);
  const id = randomBytes(6).toString("hex");
  const meta: HostedSessionMeta = {
    id,
    scenario: scenario.id,
    contentHash: scenario.contentHash,
    seed: request.seed ?? String(randomBytes(4).readUInt32BE() % 1_000_000),
    roster: cleanRoster(request.roster ?? []),
    approvalRequired: request.approvalRequired ?? false,
    createdAt: now.toISOString(),
  };
  const grants: TokenGrant[] = [
    { session: id, audience: "facilitator" },
    { session: id, audience: "display" },
    { session: id, audience: "evaluator" },
    ...JOIN_ROLES.map((role): TokenGrant => ({ session: id, audience: "player", role })),
  ];
  return { meta, tokens: grants.map((grant) => ({ token: newToken(), grant, revoked: false })) };
}

/**
 * Starts a host over a store: every stored session is rebuilt by replaying its ops (a session whose scenario is
 * no longer installed, or changed, is left out and reported through `warn`), and live sessions tick again.
 */
export function createSessionHost(
  store: SessionStore,
  scenarios: ReadonlyMap<string, ScenarioDefinition>,
  options: { warn?: (line: string) => void; now?: () => Date; tickMs?: number } = {},
): SessionHost {
  const warn = options.warn ?? (() => {});
  const now = options.now ?? (() => new Date());
  const states = new Map<string, HostedState>();
  const listeners = new Map<string, Set<() => void>>();
  const tickers = new Map<string, ReturnType<typeof setInterval>>();

  const notify = (session: string) => {
    for (const listener of listeners.get(session) ?? []) listener();
  };
  const pace = (state: HostedState) => {
    const id = state.meta.id;
    const view = state.runner.view();
    const live = state.runner.speed() > 0 && state.runner.isStarted() && !view.ended;
    const ticker = tickers.get(id);
    if (live && !ticker) {
      const timer = setInterval(() => {
        const current = state.runner.view();
        if (current.phase === "live" && !current.ended)
          host.accept(id, [{ op: "advance", minutes: state.runner.speed() }]);
      }, options.tickMs ?? LIVE_TICK_MS);
      timer.unref?.();
      tickers.set(id, timer);
    } else if (!live && ticker) {
      clearInterval(ticker);
      tickers.delete(id);
    }
  };

  for (const stored of store.sessions()) {
    const scenario = scenarios.get(stored.meta.scenario);
    if (!scenario || scenario.contentHash !== stored.meta.contentHash) {
      warn(
        `session ${stored.meta.id}: the scenario ${stored.meta.scenario} is ${scenario ? "changed" : "not installed"}; it is not resumed`,
      );
      continue;
    }
    const state = createHostedState(SERVICES, scenario, stored.meta);
    for (const op of stored.ops) applyOp(state, op);
    states.set(stored.meta.id, state);
    pace(state);
  }

  const host: SessionHost = {
    scenarios,
    create(request) {
      const { meta, tokens } = newSessionRecord(request, scenarios, now());
      const scenario = scenarios.get(meta.scenario) as ScenarioDefinition;
      const id = meta.id;
      store.createSession(meta, tokens);
      states.set(id, createHostedState(SERVICES, scenario, meta));
      return { session: id, tokens };
    },
    get: (session) => states.get(session),
    accept(session, ops) {
      const state = states.get(session);
      if (!state) return { ok: false, error: "no such session" };
      const from = state.ops.length;
      for (const op of ops) {
        const problem = opProblem(state, op);
        if (problem) return { ok: false, error: problem };
      }
      for (const op of ops) applyOp(state, op);
      try {
        store.appendOps(session, from, ops);
      } catch (error) {
        // why: memory is now ahead of the disk; only a restart (which replays the disk) makes them agree again.
        warn(`session ${session}: could not store an op (${String(error)}); stopping`);
        process.exit(70);
      }
      pace(state);
      notify(session);
      return { ok: true };
    },
    subscribe(session, listener) {
      let set = listeners.get(session);
      if (!set) {
        set = new Set();
        listeners.set(session, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    issueToken(grant) {
      const token = { token: newToken(), grant, revoked: false };
      store.addToken(token);
      return token;
    },
    findToken: (token) => store.findToken(token),
    tokensOf: (session) => store.tokensOf(session),
    revokeToken: (token) => store.revokeToken(token),
    close() {
      for (const timer of tickers.values()) clearInterval(timer);
      tickers.clear();
      store.close();
    },
  };
  return host;
}

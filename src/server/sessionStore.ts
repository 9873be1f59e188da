import type { RoleId } from "../engine/organisation";
import type { HostedSessionMeta } from "../facilitator/remote/hostedState";
import type { SessionOp } from "../facilitator/remote/sessionOp";

/** Who a join token admits: the facilitator, an evaluator, the team display, or the players of one role. */
export type TokenGrant =
  | { session: string; audience: "facilitator" | "evaluator" | "display" }
  | { session: string; audience: "player"; role: RoleId };

/** A join token and what it admits. */
export interface StoredToken {
  token: string;
  grant: TokenGrant;
  revoked: boolean;
}

/** A stored session: how it was created and every op accepted since, in order. */
export interface StoredSession {
  meta: HostedSessionMeta;
  ops: SessionOp[];
}

/**
 * Where hosted sessions live. Every method is synchronous and durable when it returns: an op appended is on disk
 * before anyone is told it was accepted. The embedded store is SQLite; another store (a Redis stream per session)
 * implements the same contract.
 */
export interface SessionStore {
  createSession(meta: HostedSessionMeta, tokens: readonly StoredToken[]): void;
  /** Appends ops at positions `from`, `from + 1`, …; a position already taken is an error (two writers). */
  appendOps(session: string, from: number, ops: readonly SessionOp[]): void;
  sessions(): StoredSession[];
  findToken(token: string): StoredToken | undefined;
  tokensOf(session: string): StoredToken[];
  addToken(token: StoredToken): void;
  revokeToken(token: string): void;
  close(): void;
}

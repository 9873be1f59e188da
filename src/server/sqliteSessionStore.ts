import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { HostedSessionMeta } from "../facilitator/remote/hostedState";
import type { SessionOp } from "../facilitator/remote/sessionOp";
import type { SessionStore, StoredToken, TokenGrant } from "./sessionStore";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, meta TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ops (session TEXT NOT NULL, seq INTEGER NOT NULL, op TEXT NOT NULL,
  PRIMARY KEY (session, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, session TEXT NOT NULL, grant_json TEXT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS tokens_by_session ON tokens (session);
`;

/**
 * The embedded session store: one SQLite file (`sessions.db`) in `dataDir`, in WAL mode with full synchronous
 * commits, so an op is on disk when `appendOps` returns and a `kill -9` loses nothing that was acknowledged.
 */
export function openSqliteSessionStore(dataDir: string): SessionStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, "sessions.db");
  const db = new Database(file);
  // why: the file holds join tokens; only the account running the server may read it.
  chmodSync(file, 0o600);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(SCHEMA);
  const insertSession = db.prepare("INSERT INTO sessions (id, meta, created_at) VALUES (?, ?, ?)");
  const insertToken = db.prepare(
    "INSERT INTO tokens (token, session, grant_json, revoked) VALUES (?, ?, ?, ?)",
  );
  const insertOp = db.prepare("INSERT INTO ops (session, seq, op) VALUES (?, ?, ?)");
  const selectSessions = db.prepare("SELECT id, meta FROM sessions ORDER BY created_at, id");
  const selectOps = db.prepare("SELECT op FROM ops WHERE session = ? ORDER BY seq");
  const selectToken = db.prepare("SELECT token, grant_json, revoked FROM tokens WHERE token = ?");
  const selectTokens = db.prepare(
    "SELECT token, grant_json, revoked FROM tokens WHERE session = ? ORDER BY rowid",
  );
  const revoke = db.prepare("UPDATE tokens SET revoked = 1 WHERE token = ?");
  type TokenRow = { token: string; grant_json: string; revoked: number };
  const tokenOf = (row: TokenRow): StoredToken => ({
    token: row.token,
    grant: JSON.parse(row.grant_json) as TokenGrant,
    revoked: row.revoked !== 0,
  });
  const addTokens = (tokens: readonly StoredToken[]) => {
    for (const token of tokens)
      insertToken.run(token.token, token.grant.session, JSON.stringify(token.grant), token.revoked ? 1 : 0);
  };
  const create = db.transaction((meta: HostedSessionMeta, tokens: readonly StoredToken[]) => {
    insertSession.run(meta.id, JSON.stringify(meta), meta.createdAt);
    addTokens(tokens);
  });
  const append = db.transaction((session: string, from: number, ops: readonly SessionOp[]) => {
    for (const [index, op] of ops.entries()) insertOp.run(session, from + index, JSON.stringify(op));
  });
  return {
    createSession: (meta, tokens) => create(meta, tokens),
    appendOps: (session, from, ops) => append(session, from, ops),
    sessions: () =>
      (selectSessions.all() as { id: string; meta: string }[]).map((row) => ({
        meta: JSON.parse(row.meta) as HostedSessionMeta,
        ops: (selectOps.all(row.id) as { op: string }[]).map((op) => JSON.parse(op.op) as SessionOp),
      })),
    findToken: (token) => {
      const row = selectToken.get(token) as TokenRow | undefined;
      return row ? tokenOf(row) : undefined;
    },
    tokensOf: (session) => (selectTokens.all(session) as TokenRow[]).map(tokenOf),
    addToken: (token) => addTokens([token]),
    revokeToken: (token) => void revoke.run(token),
    close: () => db.close(),
  };
}

import { createClient } from "redis";
import type { HostedSessionMeta } from "../../facilitator/remote/hostedState";
import type { SessionOp } from "../../facilitator/remote/sessionOp";
import type { StoredToken, TokenGrant } from "../sessionStore";

/** A connected node-redis client (the one the Socket.IO adapter also takes). */
export type RedisClient = ReturnType<typeof createClient>;

/** One journal entry as stored: the op, the lease fencing token it was written under, and the request it answered. */
export interface JournalEntry {
  op: SessionOp;
  fence: number;
  request: string;
}

/** A session read back from Redis: its meta and its journal. */
export interface RedisStoredSession {
  meta: HostedSessionMeta;
  entries: JournalEntry[];
}

/** The lease a node holds on a session: its value in Redis names the node and the fencing token. */
export interface Lease {
  session: string;
  node: string;
  fence: number;
  value: string;
}

/** Raised when an append is refused because the writer no longer holds the session's lease. */
export class LeaseLostError extends Error {}

const PREFIX = "hotwash:";
const key = {
  sessions: `${PREFIX}sessions`,
  live: `${PREFIX}live`,
  meta: (session: string) => `${PREFIX}session:${session}:meta`,
  ops: (session: string) => `${PREFIX}session:${session}:ops`,
  tokens: (session: string) => `${PREFIX}session:${session}:tokens`,
  lease: (session: string) => `${PREFIX}session:${session}:lease`,
  fence: (session: string) => `${PREFIX}session:${session}:fence`,
  token: (token: string) => `${PREFIX}token:${token}`,
  audiences: (session: string) => `${PREFIX}session:${session}:audiences`,
};

/** The channel a node hears requests for the sessions it owns on. */
export function nodeChannel(node: string): string {
  return `${PREFIX}node:${node}`;
}

// why: the lease check, the position check and the XADDs run as one script, so a writer whose lease has passed to
// another node (a stale owner after a pause) cannot append, and two writers cannot both take one position.
const APPEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return redis.error_reply('LEASE lost') end
if redis.call('XLEN', KEYS[2]) ~= tonumber(ARGV[2]) then return redis.error_reply('POSITION taken') end
for i = 5, #ARGV do redis.call('XADD', KEYS[2], '*', 'op', ARGV[i], 'fence', ARGV[3], 'request', ARGV[4]) end
return #ARGV - 4`;
const ACQUIRE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local fence = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. fence, 'PX', ARGV[2])
return fence`;
const RENEW = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])`;
const RELEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])`;

/**
 * Sessions in Redis: a stream per session holds its op journal (appended only under the session's lease, with the
 * lease's fencing token in every entry), a key per session its meta, a key per join token its grant. Durable when
 * Redis writes its append-only file with `appendfsync always` (`ensureDurability`).
 */
export interface RedisSessionStore {
  readonly client: RedisClient;
  /** Makes Redis fsync every write before it answers (CONFIG SET), or says why it cannot; undefined when durable. */
  ensureDurability(): Promise<string | undefined>;
  ping(): Promise<boolean>;
  createSession(meta: HostedSessionMeta, tokens: readonly StoredToken[]): Promise<void>;
  meta(session: string): Promise<HostedSessionMeta | undefined>;
  read(session: string): Promise<RedisStoredSession | undefined>;
  /** Appends a request's ops at `from` under `lease`; a lost lease is a LeaseLostError, a taken position an error. */
  append(lease: Lease, from: number, request: string, ops: readonly SessionOp[]): Promise<void>;
  acquireLease(session: string, node: string, ms: number): Promise<Lease | undefined>;
  renewLease(lease: Lease, ms: number): Promise<boolean>;
  releaseLease(lease: Lease): Promise<void>;
  /** The node holding the session's lease now, if any. */
  leaseHolder(session: string): Promise<string | undefined>;
  /** Marks whether a session's clock runs (such a session is taken over even when nobody is connected). */
  setLive(session: string, live: boolean): Promise<void>;
  liveSessions(): Promise<string[]>;
  /** Notes that an audience (`display`, `evaluator`, `player:<role>`) has held a device in the session. */
  addAudience(session: string, audience: string): Promise<void>;
  audiences(session: string): Promise<string[]>;
  findToken(token: string): Promise<StoredToken | undefined>;
  tokensOf(session: string): Promise<StoredToken[]>;
  addToken(token: StoredToken): Promise<void>;
  revokeToken(token: string): Promise<void>;
  close(): Promise<void>;
}

/** Connects to Redis at `url` (redis://…) and returns the session store over it. */
export async function openRedisSessionStore(url: string): Promise<RedisSessionStore> {
  const client: RedisClient = createClient({
    url,
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000) },
  });
  client.on("error", () => {
    // why: the client reconnects by itself; readiness (/readyz) reports the outage instead of a crash.
  });
  await client.connect();
  const storedToken = (token: string, text: string | null): StoredToken | undefined => {
    if (!text) return undefined;
    const value = JSON.parse(text) as { grant: TokenGrant; revoked: boolean };
    return { token, grant: value.grant, revoked: value.revoked };
  };
  const putToken = (token: StoredToken) =>
    client.set(key.token(token.token), JSON.stringify({ grant: token.grant, revoked: token.revoked }));
  return {
    client,
    async ensureDurability() {
      try {
        const config = await client.configGet("append*");
        if (config.appendonly !== "yes") await client.configSet("appendonly", "yes");
        if (config.appendfsync !== "always") await client.configSet("appendfsync", "always");
        const after = await client.configGet("append*");
        if (after.appendonly === "yes" && after.appendfsync === "always") return undefined;
        return `Redis reports appendonly=${after.appendonly} appendfsync=${after.appendfsync}`;
      } catch (error) {
        return `cannot read or set Redis's append-only settings (${error instanceof Error ? error.message : String(error)}); start Redis with --appendonly yes --appendfsync always`;
      }
    },
    async ping() {
      try {
        return (await client.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    async createSession(meta, tokens) {
      const batch = client.multi();
      batch.set(key.meta(meta.id), JSON.stringify(meta));
      batch.sAdd(key.sessions, meta.id);
      for (const token of tokens) {
        batch.set(key.token(token.token), JSON.stringify({ grant: token.grant, revoked: token.revoked }));
        batch.rPush(key.tokens(meta.id), token.token);
      }
      await batch.exec();
    },
    async meta(session) {
      const text = await client.get(key.meta(session));
      return text ? (JSON.parse(text) as HostedSessionMeta) : undefined;
    },
    async read(session) {
      const text = await client.get(key.meta(session));
      if (!text) return undefined;
      const rows = await client.xRange(key.ops(session), "-", "+");
      return {
        meta: JSON.parse(text) as HostedSessionMeta,
        entries: rows.map((row) => ({
          op: JSON.parse(String(row.message.op)) as SessionOp,
          fence: Number(row.message.fence),
          request: String(row.message.request),
        })),
      };
    },
    async append(lease, from, request, ops) {
      try {
        await client.eval(APPEND, {
          keys: [key.lease(lease.session), key.ops(lease.session)],
          arguments: [
            lease.value,
            String(from),
            String(lease.fence),
            request,
            ...ops.map((op) => JSON.stringify(op)),
          ],
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (message.includes("LEASE lost")) throw new LeaseLostError(`the lease on ${lease.session} is lost`);
        throw error;
      }
    },
    async acquireLease(session, node, ms) {
      const fence = await client.eval(ACQUIRE, {
        keys: [key.lease(session), key.fence(session)],
        arguments: [node, String(ms)],
      });
      if (fence === null || fence === undefined) return undefined;
      return { session, node, fence: Number(fence), value: `${node}|${fence}` };
    },
    async renewLease(lease, ms) {
      const renewed = await client.eval(RENEW, {
        keys: [key.lease(lease.session)],
        arguments: [lease.value, String(ms)],
      });
      return Number(renewed) === 1;
    },
    async releaseLease(lease) {
      await client.eval(RELEASE, { keys: [key.lease(lease.session)], arguments: [lease.value] });
    },
    async leaseHolder(session) {
      const value = await client.get(key.lease(session));
      return value ? value.slice(0, value.lastIndexOf("|")) : undefined;
    },
    async setLive(session, live) {
      if (live) await client.sAdd(key.live, session);
      else await client.sRem(key.live, session);
    },
    liveSessions: () => client.sMembers(key.live),
    async addAudience(session, audience) {
      await client.sAdd(key.audiences(session), audience);
    },
    audiences: (session) => client.sMembers(key.audiences(session)),
    async findToken(token) {
      return storedToken(token, await client.get(key.token(token)));
    },
    async tokensOf(session) {
      const tokens = await client.lRange(key.tokens(session), 0, -1);
      if (tokens.length === 0) return [];
      const values = await client.mGet(tokens.map(key.token));
      return tokens.flatMap((token, index) => {
        const stored = storedToken(token, values[index] ?? null);
        return stored ? [stored] : [];
      });
    },
    async addToken(token) {
      await client
        .multi()
        .set(key.token(token.token), JSON.stringify({ grant: token.grant, revoked: token.revoked }))
        .rPush(key.tokens(token.grant.session), token.token)
        .exec();
    },
    async revokeToken(token) {
      const stored = storedToken(token, await client.get(key.token(token)));
      if (stored) await putToken({ ...stored, revoked: true });
    },
    async close() {
      await client.quit().catch(() => {});
    },
  };
}

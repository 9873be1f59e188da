import type { Server as SocketServer } from "socket.io";
import { createDrill } from "../../engine/createDrill";
import type { RoleId } from "../../engine/organisation";
import type { ScenarioDefinition } from "../../engine/scenario";
import {
  displayProjection,
  evaluatorProjection,
  playerProjection,
  proposalLine,
} from "../../facilitator/remote/audienceViews";
import {
  applyOp,
  createHostedState,
  type HostedState,
  opProblem,
} from "../../facilitator/remote/hostedState";
import type { SessionOp } from "../../facilitator/remote/sessionOp";
import { opsForMessage, type SessionMessage } from "../messageOps";
import type { TokenGrant } from "../sessionStore";
import type { Logger } from "../structuredLog";
import {
  type Lease,
  LeaseLostError,
  nodeChannel,
  type RedisClient,
  type RedisSessionStore,
} from "./redisSessionStore";

const SERVICES = { createDrill };

/** A device's answer to one message, as the owner gives it. */
export type ClusterAck = { ok: true; version: number; proposal?: string } | { ok: false; error: string };

/** What a node asks of a session's owner on a device's behalf. */
export type OwnerRequest =
  | { kind: "message"; request: string; grant: TokenGrant; message: SessionMessage }
  /** A device joined a room of the session on some node: the owner sends it the session as it stands. */
  | { kind: "hello"; socket: string; grant: TokenGrant; since: number };

/** How a cluster node behaves: its id, how long a lease lasts, how long it waits for another node's answer. */
export interface ClusterNodeOptions {
  node: string;
  leaseMs: number;
  /** How long a forwarded request waits for the owner before the node checks the lease again. */
  forwardTimeoutMs?: number;
  /** How long a device's message may wait for an owner (across a failover) before it is refused. */
  requestDeadlineMs?: number;
  tickMs?: number;
  log: Logger;
}

/** One node of a cluster: owns some sessions (by lease), forwards the rest to their owners, takes over dead owners'. */
export interface ClusterNode {
  readonly node: string;
  /** Sends a request to the session's owner (this node if it holds or can take the lease) and waits for the answer. */
  request(session: string, request: OwnerRequest): Promise<ClusterAck>;
  /** The session as it stands: this node's copy when it owns it, else rebuilt from the journal (for reports). */
  snapshot(session: string): Promise<HostedState | undefined>;
  /** Counts a device of this node in a session (sessions with devices here are taken over when their owner dies). */
  track(session: string, delta: 1 | -1): void;
  owns(session: string): boolean;
  close(): Promise<void>;
}

interface Owned {
  lease: Lease;
  state: HostedState;
  /** Requests already in the journal and what they answered (a retried request is answered again, not re-applied). */
  answered: Map<string, ClusterAck>;
  /** Roles and audiences that have held a device in the session (only their projections are computed). */
  audiences: Set<string>;
  /** The journal length the facilitator rooms were last sent up to. */
  sentOps: number;
  queue: Promise<unknown>;
  ticker?: ReturnType<typeof setInterval>;
  ticks: number;
  publishPending: boolean;
}

type Envelope =
  | { type: "request"; id: string; from: string; session: string; body: OwnerRequest }
  | { type: "reply"; id: string; reply: ClusterAck | { moved: true } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function audienceOf(grant: TokenGrant): string {
  return grant.audience === "player" ? `player:${grant.role}` : grant.audience;
}

/**
 * Starts a cluster node over a Redis session store and a Socket.IO server whose adapter shares rooms across nodes.
 * A session is owned by the node holding its lease (SET NX PX, renewed at a quarter of its life); only the owner
 * runs the session, appends to its journal (the append checks the lease and carries its fencing token) and
 * broadcasts the audiences' projections. Other nodes forward devices' messages to the owner over Redis pub/sub;
 * when the owner's lease lapses, a node with devices in the session (or any node, for a session whose clock runs)
 * takes the lease, rebuilds the session from its journal and carries on.
 */
export async function startClusterNode(
  store: RedisSessionStore,
  scenarios: ReadonlyMap<string, ScenarioDefinition>,
  io: SocketServer,
  options: ClusterNodeOptions,
): Promise<ClusterNode> {
  const { node, leaseMs, log } = options;
  const forwardTimeoutMs = options.forwardTimeoutMs ?? Math.max(500, Math.round(leaseMs / 2));
  const requestDeadlineMs = options.requestDeadlineMs ?? Math.max(8000, leaseMs * 4);
  const owned = new Map<string, Owned>();
  const claiming = new Map<string, Promise<Owned | undefined>>();
  const local = new Map<string, number>();
  const waiting = new Map<string, (reply: ClusterAck | { moved: true }) => void>();
  let closed = false;
  let counter = 0;

  const subscriber: RedisClient = store.client.duplicate();
  subscriber.on("error", () => {});
  await subscriber.connect();

  const publish = (session: string) => {
    const mine = owned.get(session);
    if (!mine || mine.publishPending) return;
    mine.publishPending = true;
    // why: a burst of ops (a tick and three decisions) is projected once per audience, not once per op.
    setImmediate(() => {
      mine.publishPending = false;
      if (owned.get(session) !== mine) return;
      const state = mine.state;
      const version = state.ops.length;
      const send = (room: string, projection: unknown) =>
        io.to(`${session}:${room}`).emit("projection", { version, projection });
      for (const audience of mine.audiences) {
        if (audience === "display") send("display", displayProjection(state));
        else if (audience === "evaluator") send("evaluator", evaluatorProjection(state));
        else if (audience.startsWith("player:")) {
          const role = audience.slice("player:".length) as RoleId;
          send(`player:${role}`, playerProjection(state, role));
        }
      }
      io.to(`${session}:facilitator`).emit("facilitator.sync", {
        from: mine.sentOps,
        ops: state.ops.slice(mine.sentOps),
        proposals: state.proposals.map(proposalLine),
      });
      mine.sentOps = version;
    });
  };

  const relinquish = (session: string, why: string) => {
    const mine = owned.get(session);
    if (!mine) return;
    if (mine.ticker) clearInterval(mine.ticker);
    owned.delete(session);
    log.warn("session.lost", { session, reason: why, fence: mine.lease.fence });
  };

  /** Appends ops under the lease and applies them; the only way an owned session changes. */
  const commit = async (mine: Owned, request: string, ops: readonly SessionOp[]): Promise<ClusterAck> => {
    const state = mine.state;
    for (const op of ops) {
      const problem = opProblem(state, op);
      if (problem) return { ok: false, error: problem };
    }
    await store.append(mine.lease, state.ops.length, request, ops);
    for (const op of ops) applyOp(state, op);
    const first = ops[0];
    const ack: ClusterAck = {
      ok: true,
      version: state.ops.length,
      ...(first?.op === "propose" ? { proposal: first.id } : {}),
    };
    mine.answered.set(request, ack);
    pace(mine);
    publish(state.meta.id);
    return ack;
  };

  /** Runs `work` after every earlier change of the session, so appends take their positions in order. */
  const serially = <T>(mine: Owned, work: () => Promise<T>): Promise<T> => {
    const run = mine.queue.then(work, work);
    mine.queue = run.catch(() => {});
    return run;
  };

  const pace = (mine: Owned) => {
    const state = mine.state;
    const view = state.runner.view();
    const live = state.runner.speed() > 0 && state.runner.isStarted() && !view.ended;
    if (live && !mine.ticker) {
      mine.ticker = setInterval(() => {
        const current = state.runner.view();
        if (current.phase !== "live" || current.ended) return;
        const request = `tick:${mine.lease.value}:${++mine.ticks}`;
        void serially(mine, () =>
          commit(mine, request, [{ op: "advance", minutes: state.runner.speed() }]),
        ).catch((error: unknown) => failed(mine, error));
      }, options.tickMs ?? 1000);
      mine.ticker.unref?.();
      void store.setLive(state.meta.id, true).catch(() => {});
    } else if (!live && mine.ticker) {
      clearInterval(mine.ticker);
      mine.ticker = undefined;
      void store.setLive(state.meta.id, false).catch(() => {});
    }
  };

  const failed = (mine: Owned, error: unknown) => {
    const session = mine.state.meta.id;
    if (owned.get(session) !== mine) return;
    // why: whatever the failure, this copy may now differ from the journal; the next owner rebuilds from Redis.
    relinquish(session, error instanceof LeaseLostError ? "lease lost" : `append failed: ${String(error)}`);
    // why: the lease is still ours after a failed append; let another node (or this one) rebuild at once.
    if (!(error instanceof LeaseLostError)) void store.releaseLease(mine.lease).catch(() => {});
  };

  const claim = (session: string): Promise<Owned | undefined> => {
    const already = owned.get(session);
    if (already) return Promise.resolve(already);
    const pending = claiming.get(session);
    if (pending) return pending;
    const attempt = (async (): Promise<Owned | undefined> => {
      const lease = await store.acquireLease(session, node, leaseMs);
      if (!lease) return undefined;
      const started = Date.now();
      const stored = await store.read(session);
      const scenario = stored ? scenarios.get(stored.meta.scenario) : undefined;
      if (!stored || !scenario || scenario.contentHash !== stored.meta.contentHash) {
        await store.releaseLease(lease);
        log.warn("session.unavailable", {
          session,
          reason: !stored
            ? "no such session"
            : `the scenario ${stored.meta.scenario} is not installed here or changed`,
        });
        return undefined;
      }
      const state = createHostedState(SERVICES, scenario, stored.meta);
      const answered = new Map<string, ClusterAck>();
      for (const entry of stored.entries) {
        applyOp(state, entry.op);
        answered.set(entry.request, {
          ok: true,
          version: state.ops.length,
          ...(entry.op.op === "propose" ? { proposal: entry.op.id } : {}),
        });
      }
      const audiences = new Set(await store.audiences(session));
      const mine: Owned = {
        lease,
        state,
        answered,
        audiences,
        sentOps: 0,
        queue: Promise.resolve(),
        ticks: 0,
        publishPending: false,
      };
      owned.set(session, mine);
      log.info("session.owned", {
        session,
        fence: lease.fence,
        ops: state.ops.length,
        rebuildMs: Date.now() - started,
      });
      pace(mine);
      // why: the last owner may have died between appending and broadcasting; everyone gets the session as it is.
      publish(session);
      return mine;
    })();
    claiming.set(session, attempt);
    return attempt.finally(() => claiming.delete(session));
  };

  const handle = async (session: string, body: OwnerRequest): Promise<ClusterAck | { moved: true }> => {
    const mine = owned.get(session);
    if (!mine) return { moved: true };
    if (body.kind === "hello") {
      const audience = audienceOf(body.grant);
      if (!mine.audiences.has(audience)) {
        mine.audiences.add(audience);
        await store.addAudience(session, audience);
      }
      const state = mine.state;
      const version = state.ops.length;
      const to = io.to(body.socket);
      if (body.grant.audience === "facilitator") {
        const from = Math.min(Math.max(0, body.since), version);
        to.emit("facilitator.sync", {
          scenario: state.runner.scenario,
          meta: state.meta,
          from,
          ops: state.ops.slice(from),
          proposals: state.proposals.map(proposalLine),
        });
      } else {
        const grant = body.grant;
        const projection =
          grant.audience === "player"
            ? playerProjection(state, grant.role)
            : grant.audience === "evaluator"
              ? evaluatorProjection(state)
              : displayProjection(state);
        to.emit("projection", { version, projection });
      }
      return { ok: true, version };
    }
    const earlier = mine.answered.get(body.request);
    if (earlier) return earlier;
    return serially(mine, async () => {
      if (owned.get(session) !== mine) return { moved: true } as const;
      const again = mine.answered.get(body.request);
      if (again) return again;
      const made = opsForMessage(
        body.message,
        body.grant,
        mine.state.approvalRequired,
        body.request.slice(0, 12),
      );
      if (!made.ok) return made;
      try {
        return await commit(mine, body.request, made.ops);
      } catch (error) {
        failed(mine, error);
        return { moved: true } as const;
      }
    });
  };

  await subscriber.subscribe(nodeChannel(node), (text) => {
    const envelope = JSON.parse(text) as Envelope;
    if (envelope.type === "reply") {
      waiting.get(envelope.id)?.(envelope.reply);
      return;
    }
    void handle(envelope.session, envelope.body)
      .catch((error: unknown): { ok: false; error: string } => ({ ok: false, error: String(error) }))
      .then((reply) =>
        store.client.publish(
          nodeChannel(envelope.from),
          JSON.stringify({ type: "reply", id: envelope.id, reply } satisfies Envelope),
        ),
      )
      .catch(() => {});
  });

  const forward = async (
    holder: string,
    session: string,
    body: OwnerRequest,
  ): Promise<ClusterAck | { moved: true } | undefined> => {
    const id = `${node}:${++counter}`;
    const answer = new Promise<ClusterAck | { moved: true } | undefined>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(undefined);
      }, forwardTimeoutMs);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(reply);
      });
    });
    const heard = await store.client.publish(
      nodeChannel(holder),
      JSON.stringify({ type: "request", id, from: node, session, body } satisfies Envelope),
    );
    if (heard === 0) {
      // why: nobody listens on the owner's channel: it is gone and its lease has not lapsed yet.
      waiting.get(id)?.({ moved: true });
      return undefined;
    }
    return answer;
  };

  const request = async (session: string, body: OwnerRequest): Promise<ClusterAck> => {
    const deadline = Date.now() + requestDeadlineMs;
    while (!closed && Date.now() < deadline) {
      try {
        if (owned.has(session)) {
          const reply = await handle(session, body);
          if (!("moved" in reply)) return reply;
          continue;
        }
        const holder = await store.leaseHolder(session);
        if (holder === undefined || holder === node) {
          const mine = await claim(session);
          if (mine) continue;
        } else {
          const reply = await forward(holder, session, body);
          if (reply && !("moved" in reply)) return reply;
          if (!reply) log.debug("request.retry", { session, owner: holder });
        }
      } catch (error) {
        log.warn("request.failed", { session, error: String(error) });
      }
      await sleep(100);
    }
    return { ok: false, error: "the session's server did not answer; try again" };
  };

  const renew = setInterval(
    () => {
      for (const [session, mine] of owned) {
        store.renewLease(mine.lease, leaseMs).then(
          (kept) => {
            if (!kept && owned.get(session) === mine) relinquish(session, "lease expired");
          },
          () => {
            // why: Redis is unreachable; the lease lapses by itself, and the fencing token stops any late append.
          },
        );
      }
    },
    Math.max(50, Math.round(leaseMs / 3)),
  );
  renew.unref?.();

  const sweep = setInterval(
    () => {
      void (async () => {
        const candidates = new Set(local.keys());
        for (const session of await store.liveSessions()) candidates.add(session);
        for (const session of candidates) {
          if (owned.has(session) || claiming.has(session)) continue;
          if ((await store.leaseHolder(session)) !== undefined) continue;
          const mine = await claim(session);
          if (mine) log.info("session.takeover", { session, fence: mine.lease.fence });
        }
      })().catch(() => {});
    },
    Math.max(50, Math.min(1000, Math.round(leaseMs / 5))),
  );
  sweep.unref?.();

  return {
    node,
    request,
    async snapshot(session) {
      const mine = owned.get(session);
      if (mine) return mine.state;
      const stored = await store.read(session);
      const scenario = stored ? scenarios.get(stored.meta.scenario) : undefined;
      if (!stored || !scenario || scenario.contentHash !== stored.meta.contentHash) return undefined;
      const state = createHostedState(SERVICES, scenario, stored.meta);
      for (const entry of stored.entries) applyOp(state, entry.op);
      return state;
    },
    track(session, delta) {
      const count = (local.get(session) ?? 0) + delta;
      if (count > 0) local.set(session, count);
      else local.delete(session);
    },
    owns: (session) => owned.has(session),
    async close() {
      closed = true;
      clearInterval(renew);
      clearInterval(sweep);
      for (const [session, mine] of owned) {
        if (mine.ticker) clearInterval(mine.ticker);
        await mine.queue;
        // why: a node that stops on purpose hands its sessions over at once instead of after a lease's life.
        await store.releaseLease(mine.lease).catch(() => {});
        owned.delete(session);
        log.info("session.released", { session });
      }
      await subscriber.quit().catch(() => {});
    },
  };
}

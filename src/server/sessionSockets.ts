import { randomBytes } from "node:crypto";
import type { Server as HttpServer, IncomingMessage } from "node:http";
import { type Socket, Server as SocketServer } from "socket.io";
import type { RoleId } from "../engine/organisation";
import {
  type Audience,
  displayProjection,
  evaluatorProjection,
  playerProjection,
  proposalLine,
} from "../facilitator/remote/audienceViews";
import type { HostedState } from "../facilitator/remote/hostedState";
import { roleTitle } from "../facilitator/roster";
import { intentThrottle, welcomeMessage } from "./intentThrottle";
import { opsForMessage } from "./messageOps";
import { isSameOrigin } from "./originCheck";
import { readClientMessage } from "./readClientMessage";
import type { SessionHost } from "./sessionHost";
import type { StoredToken, TokenGrant } from "./sessionStore";

/** The largest message a device may send; anything larger closes its connection. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** Messages per second a connection may send on average, and in a burst; a facilitator (or its bot) drives more. */

/** One join link as the facilitator sees it. */
export interface JoinLink {
  audience: Audience;
  role?: RoleId;
  title: string;
  url: string;
  token: string;
  revoked: boolean;
}

/** The address of a join link on this server (the token travels in the fragment, never to a server log). */
export function joinUrl(origin: string, token: string): string {
  return `${origin}/#/join?token=${token}`;
}

/** Every link of a session, for the facilitator. */
export function joinLinks(tokens: readonly StoredToken[], origin: string): JoinLink[] {
  return tokens.map((stored) => ({
    audience: stored.grant.audience,
    ...(stored.grant.audience === "player" ? { role: stored.grant.role } : {}),
    title: titleOfGrant(stored.grant),
    url: joinUrl(origin, stored.token),
    token: stored.token,
    revoked: stored.revoked,
  }));
}

function titleOfGrant(grant: TokenGrant): string {
  switch (grant.audience) {
    case "facilitator":
      return "Facilitator";
    case "evaluator":
      return "Evaluator";
    case "display":
      return "Team display";
    case "player":
      return roleTitle(grant.role);
  }
}

/** The projection a device with this grant receives (a facilitator receives the journal instead). */
function projectionFor(state: HostedState, grant: TokenGrant): unknown {
  switch (grant.audience) {
    case "display":
      return displayProjection(state);
    case "evaluator":
      return evaluatorProjection(state);
    case "player":
      return playerProjection(state, grant.role);
    default:
      return undefined;
  }
}

/** The Socket.IO room of a grant: one per session and audience, and one per player role. */
export function roomOf(grant: TokenGrant): string {
  return grant.audience === "player"
    ? `${grant.session}:player:${grant.role}`
    : `${grant.session}:${grant.audience}`;
}

interface Connection {
  grant: TokenGrant;
  token: string;
  /** Ops this facilitator connection already has (it catches up from here). */
  opsSent: number;
}

/**
 * Serves hosted sessions over Socket.IO on `httpServer` (path /socket.io/): a device authenticates with its join
 * token in the handshake (`auth: { token }`; anything else is refused with `unauthorized`), joins its session's
 * room for its audience, and from then on receives only its audience's projection; a facilitator receives the
 * op journal and mirrors the session. Browsers from another origin are refused before the handshake.
 */
export function attachSessionSockets(
  httpServer: HttpServer,
  host: SessionHost,
  options: { origin: (request: IncomingMessage) => string },
): SocketServer {
  const io = new SocketServer(httpServer, {
    path: "/socket.io/",
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // why: another upgrade handler (Vite's HMR in development) shares the server; leave its requests alone.
    destroyUpgrade: false,
    allowRequest: (request, callback) => callback(null, isSameOrigin(request)),
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  const connections = new Map<string, Set<Socket>>();
  const pending = new Set<string>();

  const publish = (session: string) => {
    pending.delete(session);
    const state = host.get(session);
    if (!state) return;
    const version = state.ops.length;
    const send = (room: string, projection: unknown) =>
      io.to(room).emit("projection", { version, projection });
    // why: an audience nobody holds open costs nothing; the evaluator's sheet reads the whole log.
    const listening = (room: string) => (io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
    if (listening(`${session}:display`)) send(`${session}:display`, displayProjection(state));
    if (listening(`${session}:evaluator`)) send(`${session}:evaluator`, evaluatorProjection(state));
    const roles = new Set<RoleId>();
    for (const socket of io.sockets.adapter.rooms.get(`${session}:players`) ?? []) {
      const grant = (io.sockets.sockets.get(socket)?.data as Connection | undefined)?.grant;
      if (grant?.audience === "player") roles.add(grant.role);
    }
    for (const role of roles) send(`${session}:player:${role}`, playerProjection(state, role));
    for (const id of io.sockets.adapter.rooms.get(`${session}:facilitator`) ?? []) {
      const socket = io.sockets.sockets.get(id);
      if (socket) syncFacilitator(socket, state, false);
    }
  };
  const subscribed = new Set<string>();
  const follow = (session: string) => {
    if (subscribed.has(session)) return;
    subscribed.add(session);
    host.subscribe(session, () => {
      // why: a burst of ops (a live tick and three decisions) is projected once per audience, not once per op.
      if (pending.has(session)) return;
      pending.add(session);
      setImmediate(() => publish(session));
    });
  };

  const syncFacilitator = (socket: Socket, state: HostedState, withScenario: boolean) => {
    const connection = socket.data as Connection;
    const from = Math.min(connection.opsSent, state.ops.length);
    socket.emit("facilitator.sync", {
      ...(withScenario ? { scenario: state.runner.scenario, meta: state.meta } : {}),
      from,
      ops: state.ops.slice(from),
      proposals: state.proposals.map(proposalLine),
    });
    connection.opsSent = state.ops.length;
  };
  const sendLinks = (socket: Socket, session: string) =>
    socket.emit("facilitator.links", {
      links: joinLinks(host.tokensOf(session), options.origin(socket.request)),
    });

  io.use((socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const stored = typeof token === "string" && token.length <= 100 ? host.findToken(token) : undefined;
    if (!stored || stored.revoked || !host.get(stored.grant.session)) return next(new Error("unauthorized"));
    const since = Number((socket.handshake.auth as { since?: unknown }).since);
    socket.data = {
      grant: stored.grant,
      token: stored.token,
      opsSent: Number.isInteger(since) && since >= 0 ? since : 0,
    } satisfies Connection;
    next();
  });

  io.on("connection", (socket) => {
    const connection = socket.data as Connection;
    const { grant } = connection;
    const session = grant.session;
    const state = host.get(session);
    if (!state) return void socket.disconnect(true);
    let sockets = connections.get(connection.token);
    if (!sockets) {
      sockets = new Set();
      connections.set(connection.token, sockets);
    }
    sockets.add(socket);
    socket.join(roomOf(grant));
    if (grant.audience === "player") socket.join(`${session}:players`);
    follow(session);
    socket.emit("welcome", welcomeMessage(grant, state.runner.scenario.title));
    const version = state.ops.length;
    if (grant.audience === "facilitator") {
      syncFacilitator(socket, state, true);
      sendLinks(socket, session);
    } else {
      socket.emit("projection", { version, projection: projectionFor(state, grant) });
    }

    const allow = intentThrottle(grant.audience, () => socket.disconnect(true));
    socket.on("intent", (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === "function" ? (ack as (answer: unknown) => void) : () => {};
      if (!allow()) return reply({ ok: false, error: "too many messages; slow down" });
      const stored = host.findToken(connection.token);
      if (!stored || stored.revoked) {
        reply({ ok: false, error: "unauthorized" });
        return void socket.disconnect(true);
      }
      const read = readClientMessage(payload, grant.audience);
      if (!read.ok) return reply({ ok: false, error: read.error });
      const message = read.value;
      const current = host.get(session);
      if (!current) return reply({ ok: false, error: "no such session" });
      if (message.kind === "revoke" || message.kind === "reissue") {
        const target = host.findToken(message.token);
        if (!target || target.grant.session !== session)
          return reply({ ok: false, error: "no such link in this session" });
        host.revokeToken(message.token);
        for (const other of connections.get(message.token) ?? []) {
          other.emit("revoked");
          other.disconnect(true);
        }
        const issued = message.kind === "reissue" ? host.issueToken(target.grant) : undefined;
        for (const id of io.sockets.adapter.rooms.get(`${session}:facilitator`) ?? []) {
          const facilitator = io.sockets.sockets.get(id);
          if (facilitator) sendLinks(facilitator, session);
        }
        return reply(
          issued ? { ok: true, url: joinUrl(options.origin(socket.request), issued.token) } : { ok: true },
        );
      }
      const made = opsForMessage(message, grant, current.approvalRequired, randomBytes(6).toString("hex"));
      if (!made.ok) return reply(made);
      const ops = made.ops;
      const accepted = host.accept(session, ops);
      const proposal = ops[0]?.op === "propose" ? { proposal: ops[0].id } : {};
      reply(accepted.ok ? { ok: true, version: current.ops.length, ...proposal } : accepted);
    });
    socket.on("disconnect", () => {
      sockets.delete(socket);
      if (sockets.size === 0) connections.delete(connection.token);
    });
  });
  return io;
}

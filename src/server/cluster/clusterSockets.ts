import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Server as SocketServer } from "socket.io";
import type { ScenarioDefinition } from "../../engine/scenario";
import { intentThrottle, welcomeMessage } from "../intentThrottle";
import { readClientMessage } from "../readClientMessage";
import { newToken } from "../sessionHost";
import { joinLinks, joinUrl, roomOf } from "../sessionSockets";
import type { TokenGrant } from "../sessionStore";
import type { Logger } from "../structuredLog";
import type { ClusterNode } from "./clusterNode";
import type { RedisSessionStore } from "./redisSessionStore";

interface ClusterConnection {
  grant: TokenGrant;
  token: string;
  since: number;
}

const tokenRoom = (token: string) => `token:${token}`;

/**
 * Serves hosted sessions on one cluster node's Socket.IO server with the same protocol as one process
 * (`sessionSockets.ts`): the handshake's token is checked against Redis, the device joins its audience's room
 * (shared by every node through the adapter), and its messages go to the session's owner, wherever it runs, which
 * answers and broadcasts the projections. Revoking a link closes its connections on every node.
 */
export function attachClusterSockets(
  io: SocketServer,
  cluster: ClusterNode,
  store: RedisSessionStore,
  scenarios: ReadonlyMap<string, ScenarioDefinition>,
  options: { origin: (request: IncomingMessage) => string; log: Logger },
): void {
  const { log } = options;
  const sendLinks = async (room: string, session: string, origin: string) =>
    io.to(room).emit("facilitator.links", { links: joinLinks(await store.tokensOf(session), origin) });

  io.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown; since?: unknown };
    const token = auth.token;
    if (typeof token !== "string" || token.length > 100) return next(new Error("unauthorized"));
    store.findToken(token).then(
      (stored) => {
        if (!stored || stored.revoked) return next(new Error("unauthorized"));
        const since = Number(auth.since);
        socket.data = {
          grant: stored.grant,
          token: stored.token,
          since: Number.isInteger(since) && since >= 0 ? since : 0,
        } satisfies ClusterConnection;
        next();
      },
      () => next(new Error("the session store is unreachable; try again")),
    );
  });

  io.on("connection", (socket) => {
    const connection = socket.data as ClusterConnection;
    const { grant } = connection;
    const session = grant.session;
    const allow = intentThrottle(grant.audience, () => socket.disconnect(true));
    // why: listeners go on before anything is awaited, so a message sent right after connecting is not lost.
    socket.on("intent", (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === "function" ? (ack as (answer: unknown) => void) : () => {};
      if (!allow()) return reply({ ok: false, error: "too many messages; slow down" });
      void (async () => {
        const stored = await store.findToken(connection.token);
        if (!stored || stored.revoked) {
          reply({ ok: false, error: "unauthorized" });
          return void socket.disconnect(true);
        }
        const read = readClientMessage(payload, grant.audience);
        if (!read.ok) return reply({ ok: false, error: read.error });
        const message = read.value;
        if (message.kind === "revoke" || message.kind === "reissue") {
          const target = await store.findToken(message.token);
          if (!target || target.grant.session !== session)
            return reply({ ok: false, error: "no such link in this session" });
          await store.revokeToken(message.token);
          io.to(tokenRoom(message.token)).emit("revoked");
          io.in(tokenRoom(message.token)).disconnectSockets(true);
          const origin = options.origin(socket.request);
          let url: string | undefined;
          if (message.kind === "reissue") {
            const issued = { token: newToken(), grant: target.grant, revoked: false };
            await store.addToken(issued);
            url = joinUrl(origin, issued.token);
          }
          await sendLinks(`${session}:facilitator`, session, origin);
          log.info("link.revoked", { session, reissued: url !== undefined });
          return reply(url ? { ok: true, url } : { ok: true });
        }
        reply(
          await cluster.request(session, {
            kind: "message",
            request: randomBytes(12).toString("hex"),
            grant,
            message,
          }),
        );
      })().catch((error: unknown) => {
        log.warn("intent.failed", { session, error: String(error) });
        reply({ ok: false, error: "the session store is unreachable; try again" });
      });
    });
    cluster.track(session, 1);
    socket.on("disconnect", () => cluster.track(session, -1));

    void (async () => {
      const meta = await store.meta(session);
      const scenario = meta ? scenarios.get(meta.scenario) : undefined;
      if (!meta || !scenario || scenario.contentHash !== meta.contentHash)
        return void socket.disconnect(true);
      socket.join([roomOf(grant), tokenRoom(connection.token)]);
      if (grant.audience === "player") socket.join(`${session}:players`);
      socket.emit("welcome", welcomeMessage(grant, scenario.title));
      if (grant.audience === "facilitator")
        await sendLinks(socket.id, session, options.origin(socket.request));
      const hello = await cluster.request(session, {
        kind: "hello",
        socket: socket.id,
        grant,
        since: connection.since,
      });
      log.debug("device.joined", {
        session,
        audience: grant.audience,
        recovered: socket.recovered,
        ok: hello.ok,
      });
    })().catch((error: unknown) => {
      log.warn("device.join.failed", { session, error: String(error) });
      socket.disconnect(true);
    });
  });
}

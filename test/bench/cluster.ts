import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "redis";
import { io as connect } from "socket.io-client";
import { hasRedisServer, startRedis } from "../server/support/redisProcess";
import { newSession, ROOT, type ServerProcess, startServer } from "../server/support/serverProcess";
import type { BenchResult } from "./engine";
import { LEVELS, measure, PLAYERS_PER_SESSION, percentile, seat, TARGET_P95_MS } from "./sessions";

const SCENARIO = "push-until-yes";
const LEASE_MS = 2500;
const FAILOVER_ROUNDS = 3;

type Redis = ReturnType<typeof createClient>;

function startNode(redisUrl: string, library: string, id: string): Promise<ServerProcess> {
  return startServer({
    extra: [
      "--redis",
      redisUrl,
      "--node-id",
      id,
      "--lease-ms",
      String(LEASE_MS),
      "--scenarios",
      library,
      "--creates-per-minute",
      "10000",
    ],
  });
}

/** The most players held with p95 decision → own view ≤ 100 ms, dealing sessions and players over `servers`. */
async function playersHeld(servers: readonly ServerProcess[]): Promise<{ held: number; curve: string[] }> {
  let held = 0;
  const curve: string[] = [];
  for (const players of LEVELS) {
    const sockets = await seat(servers, players);
    const { latencies, errors } = await measure(sockets);
    for (const entry of sockets) entry.socket.disconnect();
    const p95 = percentile(latencies, 95);
    curve.push(`${players}: ${Math.round(p95)} ms${errors ? ` (${errors} failed)` : ""}`);
    if (!(p95 <= TARGET_P95_MS) || errors > latencies.length / 100) break;
    held = players;
  }
  return { held, curve };
}

/** A device of the session's owner's node rejoins another node: ms from SIGKILL of the owner to its first view. */
async function failoverOnce(
  victim: ServerProcess,
  victimId: string,
  survivor: ServerProcess,
  redis: Redis,
): Promise<number> {
  const links = await newSession(survivor.url, SCENARIO);
  const first = connect(victim.url, {
    path: "/socket.io/",
    auth: { token: links.display.token },
    transports: ["websocket"],
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    first.once("projection", () => resolve());
    first.once("connect_error", reject);
  });
  const holder = await redis.get(`hotwash:session:${links.session}:lease`);
  if (!holder?.startsWith(`${victimId}|`))
    throw new Error(`the session is held by ${holder}, not ${victimId}`);
  first.disconnect();
  const killedAt = performance.now();
  await victim.kill();
  const rejoined = connect(survivor.url, {
    path: "/socket.io/",
    auth: { token: links.display.token },
    transports: ["websocket"],
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no view within 30 s of the kill")), 30_000);
      rejoined.once("projection", () => {
        clearTimeout(timer);
        resolve(performance.now() - killedAt);
      });
    });
  } finally {
    rejoined.disconnect();
  }
}

/**
 * `hotwash serve --redis` on Debian's redis-server (fsync always): players held at p95 ≤ 100 ms on three local
 * nodes against one node in the same run (a ratio), and failover time — SIGKILL of a session's owner to the first
 * view the new owner serves a device that rejoined another node (lease 2500 ms).
 */
export async function runClusterBench(): Promise<BenchResult[]> {
  if (!hasRedisServer()) throw new Error("redis-server is missing (apt-get install redis-server)");
  const redis = await startRedis();
  const client: Redis = createClient({ url: redis.url });
  await client.connect();
  const library = mkdtempSync(join(tmpdir(), "hotwash-bench-scenarios-"));
  cpSync(join(ROOT, "scenarios", `${SCENARIO}.yaml`), join(library, `${SCENARIO}.yaml`));
  let nodes: ServerProcess[] = [];
  try {
    const ids = ["bench-0", "bench-1", "bench-2"];
    nodes = await Promise.all(ids.map((id) => startNode(redis.url, library, id)));
    const one = await playersHeld(nodes.slice(0, 1));
    const three = await playersHeld(nodes);
    const times: number[] = [];
    for (let round = 0; round < FAILOVER_ROUNDS; round++) {
      const victimIndex = round % nodes.length;
      const victim = nodes[victimIndex] as ServerProcess;
      const survivor = nodes[(victimIndex + 1) % nodes.length] as ServerProcess;
      times.push(await failoverOnce(victim, ids[victimIndex] as string, survivor, client));
      ids[victimIndex] = `bench-${victimIndex}-${round}`;
      nodes[victimIndex] = await startNode(redis.url, library, ids[victimIndex] as string);
    }
    const sessionsOf = (players: number) => Math.ceil(players / PLAYERS_PER_SESSION);
    return [
      {
        name: "cluster: players held at p95 decision → view ≤ 100 ms, one serve --redis node",
        value: one.held,
        unit: "players",
        baseline: `${sessionsOf(one.held)} sessions of 6; p95 by level ${one.curve.join(", ")}`,
      },
      {
        name: "cluster: players held at p95 decision → view ≤ 100 ms, three serve --redis nodes (same machine)",
        value: three.held,
        unit: "players",
        ...(one.held > 0 ? { ratio: Math.round((three.held / one.held) * 100) / 100 } : {}),
        baseline: `one node in the same run: ${one.held}; sessions and players dealt round-robin; p95 by level ${three.curve.join(", ")}`,
      },
      {
        name: `cluster: failover, SIGKILL of the owner → first view from the new owner (median of ${FAILOVER_ROUNDS}, lease ${LEASE_MS} ms)`,
        value: Math.round(percentile(times, 50)),
        unit: "ms",
        ratio: Math.round((percentile(times, 50) / LEASE_MS) * 100) / 100,
        baseline: `each ${times.map((time) => Math.round(time)).join(", ")} ms; ratio to the lease; target < 5000 ms`,
      },
    ];
  } finally {
    await client.quit().catch(() => {});
    await Promise.all(nodes.map((node) => node.kill().catch(() => {})));
    await redis.stop();
    rmSync(library, { recursive: true, force: true });
  }
}

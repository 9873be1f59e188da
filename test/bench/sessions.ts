import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { io as connect, type Socket } from "socket.io-client";
import { compileScenario } from "../../src/content/compileScenario";
import { createSessionHost } from "../../src/server/sessionHost";
import { openSqliteSessionStore } from "../../src/server/sqliteSessionStore";
import { postSession, ROOT, type SessionLinks, startServer } from "../server/support/serverProcess";
import type { BenchResult } from "./engine";

const SCENARIO = "push-until-yes";
export const PLAYERS_PER_SESSION = 6;
export const LEVELS = [6, 24, 60, 120, 240, 480, 960, 1920, 3840];
const LEVEL_SECONDS = 6;
/** A very busy player: a decision every two seconds. */
const DECISION_EVERY_MS = 2000;
export const TARGET_P95_MS = 100;
const MEMORY_SESSIONS = 100;

/** The p-th percentile of the values (nearest rank); NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** The heap after a full collection (V8's gc, reached through a fresh context once the flag is set). */
function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

/** The heap each hosted session holds: sessions started and run to T+1:00 on a host in this process. */
function heapPerSession(): BenchResult {
  const dataDir = mkdtempSync(join(tmpdir(), "hotwash-bench-"));
  const compiled = compileScenario(
    readFileSync(join(ROOT, "scenarios", `${SCENARIO}.yaml`), "utf8"),
    SCENARIO,
  );
  if (!compiled.ok) throw new Error(`${SCENARIO} does not compile`);
  const host = createSessionHost(openSqliteSessionStore(dataDir), new Map([[SCENARIO, compiled.value]]));
  try {
    host.create({ scenario: SCENARIO });
    const before = heapAfterGc();
    for (let index = 0; index < MEMORY_SESSIONS; index++) {
      const { session } = host.create({ scenario: SCENARIO, seed: String(index) });
      host.accept(session, [{ op: "start" }, { op: "advance", minutes: 60 }]);
    }
    const after = heapAfterGc();
    return {
      name: `sessions: heap per hosted session (${MEMORY_SESSIONS} sessions started and run to T+1:00)`,
      value: Math.round(((after - before) / MEMORY_SESSIONS / 1024) * 10) / 10,
      unit: "KiB",
      baseline: `heap ${Math.round(before / 1048576)} → ${Math.round(after / 1048576)} MiB`,
    };
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function open(url: string, token: string): Promise<Socket> {
  const socket = connect(url, {
    path: "/socket.io/",
    auth: { token },
    transports: ["websocket"],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once("welcome", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const send = (socket: Socket, message: unknown) =>
  socket.timeout(5000).emitWithAck("intent", message) as Promise<{
    ok: boolean;
    version?: number;
    error?: string;
  }>;

/**
 * Sessions of six players, each started by its facilitator; the players' sockets. With several servers (nodes of a
 * cluster) the sessions and the players are dealt round-robin over them, as a load balancer would.
 */
export async function seat(servers: readonly { url: string }[], players: number) {
  const sessions: SessionLinks[] = [];
  const server = (index: number) => servers[index % servers.length] as { url: string };
  for (let made = 0; made * PLAYERS_PER_SESSION < players; made++)
    sessions.push(await postSession(server(made).url, SCENARIO));
  const sockets: { socket: Socket; latest: number; waiters: { version: number; done: () => void }[] }[] = [];
  for (const [index, links] of sessions.entries()) {
    const facilitator = await open(server(index).url, links.facilitator.token);
    await send(facilitator, { kind: "op", op: { op: "start" } });
    facilitator.disconnect();
    const roles = Object.entries(links.roles)
      .filter(([seat]) => seat !== "evaluator")
      .map(([, link]) => link)
      .slice(0, PLAYERS_PER_SESSION);
    for (const role of roles) {
      if (sockets.length >= players) break;
      const socket = await open(server(sockets.length).url, role.token);
      const entry = { socket, latest: -1, waiters: [] as { version: number; done: () => void }[] };
      socket.on("projection", (message: { version: number }) => {
        entry.latest = Math.max(entry.latest, message.version);
        const ready = entry.waiters.filter((waiter) => waiter.version <= entry.latest);
        entry.waiters = entry.waiters.filter((waiter) => waiter.version > entry.latest);
        for (const waiter of ready) waiter.done();
      });
      sockets.push(entry);
    }
  }
  return sockets;
}

/** Every player decides every couple of seconds; each decision's time until the player's own view shows it. */
export async function measure(
  sockets: Awaited<ReturnType<typeof seat>>,
): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + LEVEL_SECONDS * 1000;
  await Promise.all(
    sockets.map(async (entry, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * 37) % DECISION_EVERY_MS));
      while (Date.now() < end) {
        const started = performance.now();
        const ack = await send(entry.socket, {
          kind: "decide",
          action: { type: "note", text: `note ${index}` },
          name: `p${index}`,
        }).catch(() => ({ ok: false, version: undefined }));
        if (!ack.ok || ack.version === undefined) errors++;
        else {
          const version = ack.version;
          await new Promise<void>((resolve) => {
            if (entry.latest >= version) return resolve();
            entry.waiters.push({ version, done: resolve });
          });
          latencies.push(performance.now() - started);
        }
        const wait = DECISION_EVERY_MS - (performance.now() - started);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }),
  );
  return { latencies, errors };
}

/**
 * Team sessions on one `hotwash serve` process: players held at once in sessions of six, each deciding every two
 * seconds, with the 95th percentile of decision → own updated view; levels grow until that passes 100 ms (or
 * decisions fail). First, the heap each started session holds.
 */
export async function runSessionsBench(): Promise<BenchResult[]> {
  const rows: BenchResult[] = [heapPerSession()];
  const server = await startServer({ extra: ["--creates-per-minute", "10000"] });
  try {
    for (const players of LEVELS) {
      const sockets = await seat([server], players);
      const { latencies, errors } = await measure(sockets);
      for (const entry of sockets) entry.socket.disconnect();
      const p95 = percentile(latencies, 95);
      rows.push({
        name: `sessions: p95 decision → view, ${players} players (${Math.ceil(players / PLAYERS_PER_SESSION)} sessions)`,
        value: Math.round(p95 * 10) / 10,
        unit: "ms",
        baseline: `target ${TARGET_P95_MS} ms; ${latencies.length} decisions, ${errors} failed, p50 ${Math.round(percentile(latencies, 50))} ms`,
        ratio: Math.round((p95 / TARGET_P95_MS) * 100) / 100,
      });
      if (!(p95 <= TARGET_P95_MS) || errors > latencies.length / 100) break;
    }
  } finally {
    await server.stop();
  }
  return rows;
}

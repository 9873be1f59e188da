import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LogEntry } from "../../src/engine/log";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { type RunningSessionServer, startSessionServer } from "../../src/server/sessionServer";
import { MARKED_SCENARIO } from "../facilitator/fixtures/markedScenario";

/** The marked scenario with one private inject: the customer's mail goes to legal alone. */
const SCENARIO: ScenarioDefinition = {
  ...MARKED_SCENARIO,
  injects: MARKED_SCENARIO.injects.map((inject) =>
    inject.id === "i-customer" ? { ...inject, addressedTo: "legal" } : inject,
  ),
};
const INJECT_IDS = SCENARIO.injects.map((inject) => inject.id);
const FACT_IDS = SCENARIO.facts.map((fact) => fact.id);
const STEP_IDS = SCENARIO.attacker.map((step) => step.id);

/** Every ZZ marker in the wire text that the team may not see given what the log has revealed so far. */
function leakedMarkers(
  wire: string,
  log: readonly LogEntry[],
  allow: (token: string) => boolean = () => false,
) {
  const delivered = new Set(
    log.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : [])),
  );
  const discovered = new Set(log.flatMap((entry) => (entry.type === "fact.discovered" ? [entry.fact] : [])));
  const done = new Set(log.flatMap((entry) => (entry.type === "attacker.step" ? [entry.step] : [])));
  const ended = log.some((entry) => entry.type === "drill.ended");
  const revealed = (token: string) => {
    // why: the debrief card (the real incident and its lessons) is shown to the room once the drill has ended.
    if (token.startsWith("ZZDEBRIEF-")) return ended;
    const inject = INJECT_IDS.find((id) => token.startsWith(`ZZINJ-${id}-`));
    if (inject) return delivered.has(inject);
    const fact = FACT_IDS.find((id) => token === `ZZFACT-${id}`);
    if (fact) return discovered.has(fact);
    const step = STEP_IDS.find((id) => token === `ZZSTEP-${id}` || token.startsWith(`ZZSTEP-${id}-`));
    if (step) return done.has(step);
    return false;
  };
  return [...wire.matchAll(/ZZ[A-Z]+-[A-Za-z0-9-]+/g)]
    .map((match) => match[0])
    .filter((token) => !revealed(token) && !allow(token));
}

interface Tap {
  name: string;
  socket: Socket;
  /** Every event this connection received, as it came over the wire, with the log at that moment. */
  heard: { wire: string; log: readonly LogEntry[] }[];
}

describe("over the wire, controller-only data reaches facilitator connections only", () => {
  let server: RunningSessionServer;
  let dataDir: string;
  let links: {
    session: string;
    facilitator: { token: string };
    display: { token: string };
    roles: Record<string, { token: string }>;
  };
  const taps: Tap[] = [];

  const tap = (name: string, token: string): Promise<Tap> => {
    const socket = connect(server.url, { path: "/socket.io/", auth: { token }, transports: ["websocket"] });
    const entry: Tap = { name, socket, heard: [] };
    socket.onAny((event: string, ...args: unknown[]) => {
      entry.heard.push({
        wire: JSON.stringify([event, ...args]),
        log: [...server.host.get(links.session)!.runner.log()],
      });
    });
    taps.push(entry);
    return new Promise((resolve, reject) => {
      socket.once("welcome", () => resolve(entry));
      socket.once("connect_error", reject);
    });
  };
  const send = (socket: Socket, message: unknown) =>
    socket.timeout(5000).emitWithAck("intent", message) as Promise<{ ok: boolean; error?: string }>;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "hotwash-wire-"));
    server = await startSessionServer({ scenarios: [SCENARIO], dataDir, port: 0 });
    const response = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenario: SCENARIO.id, seed: "7", approval: false }),
    });
    expect(response.status).toBe(201);
    links = await response.json();
  });

  afterAll(async () => {
    for (const entry of taps) entry.socket.disconnect();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("plays a whole session while every audience listens, then finds no marker where it must not be", async () => {
    const facilitator = await tap("facilitator", links.facilitator.token);
    const display = await tap("display", links.display.token);
    const evaluator = await tap("evaluator", links.roles.evaluator!.token);
    const commander = await tap("incident-commander", links.roles["incident-commander"]!.token);
    const security = await tap("security-lead", links.roles["security-lead"]!.token);
    const legal = await tap("legal", links.roles.legal!.token);
    const op = (value: unknown) => send(facilitator.socket, { kind: "op", op: value });

    expect(await op({ op: "start" })).toMatchObject({ ok: true });
    expect(
      await send(commander.socket, { kind: "decide", action: { type: "page-ic" }, name: "Ana" }),
    ).toMatchObject({ ok: true });
    await op({ op: "advance", minutes: 30 });
    expect(
      await send(security.socket, {
        kind: "decide",
        action: { type: "revoke-credential", credential: "deploy-key" },
        name: "Ben",
      }),
    ).toMatchObject({ ok: true });
    await op({ op: "control", intent: { type: "inject.fire", inject: "i-customer" } });
    await op({ op: "control", intent: { type: "inject.skip", inject: "i-skip" } });
    await op({ op: "control", intent: { type: "observation", text: "ZZCTRL-FACILITATOR-NOTE" } });
    expect(
      await send(evaluator.socket, { kind: "observe", text: "The IC paged fast", name: "Eve" }),
    ).toMatchObject({ ok: true });
    await op({ op: "next" });
    await op({ op: "advance", minutes: 200 });
    await op({ op: "end" });
    await settle();

    const log = server.host.get(links.session)!.runner.log();
    expect(log.some((entry) => entry.type === "inject.delivered" && entry.inject === "i-customer")).toBe(
      true,
    );
    // The facilitator mirrors everything: the markers do travel, so the checks below can fail.
    const facilitatorWire = facilitator.heard.map((item) => item.wire).join("\n");
    expect(facilitatorWire).toContain("ZZCTRL-TEMPT-alert");
    expect(facilitatorWire).toContain("ZZATK-");

    for (const entry of [display, commander, security, legal]) {
      expect(entry.heard.length, `${entry.name} heard something`).toBeGreaterThan(2);
      const leaks = entry.heard.flatMap((item) => leakedMarkers(item.wire, item.log));
      expect(leaks, `${entry.name} received controller-only markers`).toEqual([]);
    }
    // The private inject reached legal, and never the display or the other roles.
    const wireOf = (entry: Tap) => entry.heard.map((item) => item.wire).join("\n");
    expect(wireOf(legal)).toContain("ZZINJ-i-customer-body");
    for (const entry of [display, commander, security])
      expect(wireOf(entry)).not.toContain("ZZINJ-i-customer");

    // Evaluators get what the delivered injects expect (their sheet), and nothing else controller-only.
    const evaluatorLeaks = evaluator.heard.flatMap((item) =>
      leakedMarkers(item.wire, item.log, (token) => {
        const delivered = new Set(
          item.log.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : [])),
        );
        const match = /^ZZCTRL-(EXPECT|NOTES)-(.+)$/.exec(token);
        return match !== null && [...delivered].some((id) => id === `i-${match[2]}`);
      }),
    );
    expect(evaluatorLeaks).toEqual([]);
    expect(wireOf(evaluator)).toContain("ZZCTRL-EXPECT-alert");
    expect(wireOf(evaluator)).toContain("The IC paged fast");
  });

  it("refuses a missing or wrong token with `unauthorized`", async () => {
    for (const auth of [{}, { token: "not-a-token-at-all-but-long-enough" }, { token: 42 }]) {
      const socket = connect(server.url, {
        path: "/socket.io/",
        auth,
        transports: ["websocket"],
        reconnection: false,
      });
      const error = await new Promise<Error>((resolve) => socket.once("connect_error", resolve));
      expect(error.message).toBe("unauthorized");
      socket.disconnect();
    }
  });

  it("refuses a browser from another origin before the handshake", async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { Origin: "http://evil.example" },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    const same = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { Origin: server.url },
    });
    expect(same.status).toBe(200);
    const created = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { Origin: "http://evil.example", "Content-Type": "application/json" },
      body: JSON.stringify({ scenario: SCENARIO.id }),
    });
    expect(created.status).toBe(403);
  });

  it("lets each audience do only its own part, checks every message's shape, and limits the rate", async () => {
    const display = await tap("display-2", links.display.token);
    expect(
      await send(display.socket, { kind: "decide", action: { type: "page-ic" }, name: "X" }),
    ).toMatchObject({
      ok: false,
      error: "the display may not decide",
    });
    const player = await tap("player-2", links.roles.scribe!.token);
    expect(await send(player.socket, { kind: "op", op: { op: "end" } })).toMatchObject({ ok: false });
    expect(
      await send(player.socket, { kind: "decide", action: { type: "page-ic", extra: 1 }, name: "Y" }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await send(player.socket, {
        kind: "decide",
        action: { type: "note", text: "x" },
        name: "N".repeat(200),
      }),
    ).toMatchObject({
      ok: false,
      error: "name: longer than 80 characters",
    });
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        send(player.socket, { kind: "decide", action: { type: "note", text: "spam" }, name: "Y" }),
      ),
    );
    expect(
      answers.filter((answer) => answer.error === "too many messages; slow down").length,
    ).toBeGreaterThan(10);
  });

  it("closes a connection that sends a message over the size cap", async () => {
    const player = await tap("player-3", links.roles.hr!.token);
    const closed = new Promise<string>((resolve) => player.socket.once("disconnect", resolve));
    player.socket.emit("intent", {
      kind: "decide",
      action: { type: "note", text: "x".repeat(100_000) },
      name: "Z",
    });
    expect(await closed).toBeTruthy();
  });

  it("a revoked link admits no one, and its open connection is closed", async () => {
    const facilitator = taps.find((entry) => entry.name === "facilitator")!;
    const victim = await tap("victim", links.roles["it-admin"]!.token);
    const closed = new Promise<void>((resolve) => victim.socket.once("disconnect", () => resolve()));
    expect(
      await send(facilitator.socket, { kind: "revoke", token: links.roles["it-admin"]!.token }),
    ).toMatchObject({ ok: true });
    await closed;
    const again = connect(server.url, {
      path: "/socket.io/",
      auth: { token: links.roles["it-admin"]!.token },
      transports: ["websocket"],
      reconnection: false,
    });
    const error = await new Promise<Error>((resolve) => again.once("connect_error", resolve));
    expect(error.message).toBe("unauthorized");
    again.disconnect();
  });
});

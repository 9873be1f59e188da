import { describe, expect, it } from "vitest";
import type { TeamDisplayView } from "../../../src/facilitator/display/teamDisplayView";
import { startConsoleSync } from "../../../src/facilitator/sync/consoleSync";
import { startDisplaySync } from "../../../src/facilitator/sync/displaySync";
import { memoryTransportPair } from "../../../src/facilitator/sync/syncTransport";

const S1 = { session: "s1", key: "0123456789abcdef0123456789abcdef" };

function viewAt(clock: string): TeamDisplayView {
  return {
    scenarioTitle: "Sample",
    organisation: "Elimu Informatics",
    clock,
    phase: "live",
    ended: false,
    roster: [],
    team: { icPaged: false, assignments: [] },
    inbox: [],
    caseFile: [],
    systems: [],
    credentials: [],
    pending: [],
    activity: [],
    statements: [],
  };
}

/** A console on one end of a transport pair that records every count of open displays it reports. */
function countingConsole() {
  const { a, b } = memoryTransportPair();
  const counts: number[] = [];
  startConsoleSync(
    a,
    S1,
    () => viewAt("T+0:00"),
    (open) => counts.push(open),
  );
  return { b, counts };
}

describe("console ↔ display sync", () => {
  it("a display that opens asks for the state and gets the current view", () => {
    const { a, b } = memoryTransportPair();
    startConsoleSync(a, S1, () => viewAt("T+0:10"));
    const seen: string[] = [];
    startDisplaySync(b, S1, (view) => seen.push(view.clock));
    expect(seen).toEqual(["T+0:10"]);
  });

  it("follows every published view, and a reopened display resyncs to the same state", () => {
    const { a, b } = memoryTransportPair();
    let current = viewAt("T+0:00");
    const console_ = startConsoleSync(a, S1, () => current);
    const first: string[] = [];
    const close = startDisplaySync(b, S1, (view) => first.push(view.clock));
    current = viewAt("T+1:00");
    console_.publish(current);
    close();

    const { a: a2, b: b2 } = memoryTransportPair();
    startConsoleSync(a2, S1, () => current);
    const reopened: string[] = [];
    startDisplaySync(b2, S1, (view) => reopened.push(view.clock));
    expect(first).toEqual(["T+0:00", "T+1:00"]);
    expect(reopened).toEqual(["T+1:00"]);
  });

  it("tells the console how many displays are open", () => {
    const { b, counts } = countingConsole();
    const close = startDisplaySync(b, S1, () => {});
    close();
    expect(counts).toEqual([1, 0]);
  });

  it("ignores messages of other sessions and anything that is not a sync message", () => {
    const { a, b } = memoryTransportPair();
    const seen: string[] = [];
    startDisplaySync(b, S1, (view) => seen.push(view.clock));
    a.post({ type: "display.view", session: "s2", key: S1.key, view: viewAt("T+9:00") });
    expect(seen).toEqual([]);
  });

  it("the display only ever sends hello and closed", () => {
    const { a, b, sent } = memoryTransportPair();
    startConsoleSync(a, S1, () => viewAt("T+0:00"));
    const close = startDisplaySync(b, S1, () => {});
    close();
    const types = sent.map((wire) => (JSON.parse(wire) as { type: string }).type);
    expect(types).toEqual(["display.hello", "display.view", "display.closed"]);
  });
});

describe("the sync channel holds against another page of the same origin", () => {
  it("a forged view without the session's key, or with a wrong one, changes nothing on the display", () => {
    const { a, b } = memoryTransportPair();
    const seen: string[] = [];
    startDisplaySync(b, S1, (view) => seen.push(view.clock));
    a.post({ type: "display.view", session: "s1", view: viewAt("FAKE") } as never);
    a.post({ type: "display.view", session: "s1", key: "f".repeat(32), view: viewAt("FAKE") });
    a.post({ type: "display.view", ...S1, view: viewAt("REAL") });
    expect(seen).toEqual(["REAL"]);
  });

  it("a malformed view with the right key is ignored, and never reaches the renderer", () => {
    const { a, b } = memoryTransportPair();
    const seen: unknown[] = [];
    startDisplaySync(b, S1, (view) => seen.push(view));
    const { inbox: _inbox, ...noInbox } = viewAt("T+0:01");
    for (const view of [
      null,
      "T+0:01",
      noInbox,
      { ...viewAt("T+0:01"), inbox: [{ at: 1 }] },
      { ...viewAt("T+0:01"), phase: "pwned" },
      { ...viewAt("T+0:01"), extra: "<script>" },
    ])
      a.post({ type: "display.view", ...S1, view } as never);
    expect(seen).toEqual([]);
  });

  it("a forged close, of a display that never said hello or without the key, keeps the count", () => {
    const { b, counts } = countingConsole();
    startDisplaySync(b, S1, () => {}, "display-1");
    b.post({ type: "display.closed", session: "s1", display: "display-1" } as never);
    b.post({ type: "display.closed", ...S1, display: "someone-else" });
    expect(counts).toEqual([1]);
  });

  it("a flood of hellos is answered a few times a second, not once each", () => {
    const { a, b, sent } = memoryTransportPair();
    let now = 0;
    startConsoleSync(
      a,
      S1,
      () => viewAt("T+0:00"),
      () => {},
      () => now,
    );
    for (let i = 0; i < 20_000; i++) b.post({ type: "display.hello", ...S1, display: `d${i % 50}` });
    const answers = () => sent.filter((wire) => wire.includes('"display.view"')).length;
    expect(answers()).toBe(10);
    now += 1000;
    b.post({ type: "display.hello", ...S1, display: "d1" });
    expect(answers()).toBe(11);
  });

  it("a flood of views is drawn at most twenty times a second, and the latest view is drawn last", async () => {
    const { a, b } = memoryTransportPair();
    const seen: string[] = [];
    startDisplaySync(
      b,
      S1,
      (view) => seen.push(view.clock),
      "display-1",
      () => 0,
    );
    for (let i = 0; i < 1000; i++) a.post({ type: "display.view", ...S1, view: viewAt(`T+${i}`) });
    expect(seen).toHaveLength(40);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.at(-1)).toBe("T+999");
    expect(seen).toHaveLength(41);
  });
});

import { describe, expect, it } from "vitest";
import type { TeamDisplayView } from "../../../src/facilitator/display/teamDisplayView";
import { startConsoleSync } from "../../../src/facilitator/sync/consoleSync";
import { startDisplaySync } from "../../../src/facilitator/sync/displaySync";
import { memoryTransportPair } from "../../../src/facilitator/sync/syncTransport";

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

describe("console ↔ display sync", () => {
  it("a display that opens asks for the state and gets the current view", () => {
    const { a, b } = memoryTransportPair();
    startConsoleSync(a, "s1", () => viewAt("T+0:10"));
    const seen: string[] = [];
    startDisplaySync(b, "s1", (view) => seen.push(view.clock));
    expect(seen).toEqual(["T+0:10"]);
  });

  it("follows every published view, and a reopened display resyncs to the same state", () => {
    const { a, b } = memoryTransportPair();
    let current = viewAt("T+0:00");
    const console_ = startConsoleSync(a, "s1", () => current);
    const first: string[] = [];
    const close = startDisplaySync(b, "s1", (view) => first.push(view.clock));
    current = viewAt("T+1:00");
    console_.publish(current);
    close();

    const { a: a2, b: b2 } = memoryTransportPair();
    startConsoleSync(a2, "s1", () => current);
    const reopened: string[] = [];
    startDisplaySync(b2, "s1", (view) => reopened.push(view.clock));
    expect(first).toEqual(["T+0:00", "T+1:00"]);
    expect(reopened).toEqual(["T+1:00"]);
  });

  it("tells the console how many displays are open", () => {
    const { a, b } = memoryTransportPair();
    const counts: number[] = [];
    startConsoleSync(
      a,
      "s1",
      () => viewAt("T+0:00"),
      (open) => counts.push(open),
    );
    const close = startDisplaySync(b, "s1", () => {});
    close();
    expect(counts).toEqual([1, 0]);
  });

  it("ignores messages of other sessions and anything that is not a sync message", () => {
    const { a, b } = memoryTransportPair();
    const seen: string[] = [];
    startDisplaySync(b, "s1", (view) => seen.push(view.clock));
    a.post({ type: "display.view", session: "s2", view: viewAt("T+9:00") });
    expect(seen).toEqual([]);
  });

  it("the display only ever sends hello and closed", () => {
    const { a, b, sent } = memoryTransportPair();
    startConsoleSync(a, "s1", () => viewAt("T+0:00"));
    const close = startDisplaySync(b, "s1", () => {});
    close();
    const types = sent.map((wire) => (JSON.parse(wire) as { type: string }).type);
    expect(types).toEqual(["display.hello", "display.view", "display.closed"]);
  });
});

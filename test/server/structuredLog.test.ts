import { describe, expect, it } from "vitest";
import { jsonLogger } from "../../src/server/structuredLog";

describe("the server's structured log", () => {
  it("writes one JSON object per event with time, level, event, node and the session", () => {
    const lines: string[] = [];
    const log = jsonLogger(
      (line) => lines.push(line),
      "info",
      "node-7",
      () => new Date(0),
    );
    log.info("session.owned", { session: "0123456789ab", fence: 3 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toEqual({
      time: "1970-01-01T00:00:00.000Z",
      level: "info",
      event: "session.owned",
      node: "node-7",
      session: "0123456789ab",
      fence: 3,
    });
  });

  it("says nothing below its level, and nothing at all when silent", () => {
    const lines: string[] = [];
    const warnings = jsonLogger((line) => lines.push(line), "warn", "n");
    warnings.debug("request.retry");
    warnings.info("node.ready");
    warnings.warn("session.lost");
    warnings.error("request.failed");
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(["session.lost", "request.failed"]);
    const silent = jsonLogger((line) => lines.push(line), "silent", "n");
    silent.error("request.failed");
    expect(lines).toHaveLength(2);
  });

  it("keeps a hostile value inside its string (no line breaks reach the log)", () => {
    const lines: string[] = [];
    jsonLogger((line) => lines.push(line), "debug", "n").warn("intent.failed", { error: "a\nb\u001b[2J" });
    expect(lines[0]?.includes("\n")).toBe(false);
    expect(lines[0]?.includes("\u001b")).toBe(false);
    expect(JSON.parse(lines[0] as string).error).toBe("a\nb\u001b[2J");
  });
});

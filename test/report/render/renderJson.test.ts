import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wallClockAt } from "../../../src/engine/wallClock";
import { buildReport } from "../../../src/report/buildReport";
import { renderJson } from "../../../src/report/render/renderJson";
import { hostileText, miniDrill, PLAIN_TEXT } from "../fixtures/drill";
import { schemaErrors } from "../support/schemaCheck";

/** The mini scenario's wall clock at a sim minute. */
const on = (at: number) => wallClockAt({ date: "2026-11-17", time: "09:00", zone: "UTC" }, at).text;

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../docs/report.schema.json"), "utf8"),
);

function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== "object") return true;
  const keys = Object.keys(value);
  return keys.join("\u0000") === [...keys].sort().join("\u0000") && Object.values(value).every(keysSorted);
}

describe("renderJson", () => {
  const report = buildReport(miniDrill());
  const json = renderJson(report);

  it("sorts keys at every level, indents by two spaces and ends with a newline", () => {
    expect(keysSorted(JSON.parse(json))).toBe(true);
    expect(json.split("\n")[1]).toMatch(/^ {2}"/);
    expect(json.endsWith("}\n")).toBe(true);
  });

  it("carries the DESIGN.md §4 contract: formatVersion, scenario and hash, seed, score, findings, timeline, log hash", () => {
    const parsed = JSON.parse(json);
    expect(parsed.formatVersion).toBe(2);
    expect(parsed.overview.scenario.id).toBe("mini-keys");
    expect(parsed.overview.scenario.contentHash).toBe(report.overview.scenario.contentHash);
    expect(parsed.overview.seed).toBe("42");
    expect(parsed.score.total).toBe(47.5);
    expect(parsed.score.dimensions.containment).toBe(100);
    expect(parsed.score.dimensions.mitigation).toBeNull();
    expect(parsed.findings[0]).toMatchObject({
      rule: "team.page-ic-early",
      dimension: "team",
      outcome: "met",
      step: "S3",
    });
    expect(parsed.findings[0].at).toEqual({ at: 3, time: "T+0:03", when: on(3) });
    expect(parsed.timeline.entries.length).toBeGreaterThan(10);
    expect(parsed.overview.logHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is stable byte for byte", () => {
    expect(renderJson(buildReport(miniDrill()))).toBe(json);
  });

  it.each([
    ["facilitated", miniDrill()],
    ["solo", miniDrill(PLAIN_TEXT, "solo")],
    ["hostile", miniDrill(hostileText())],
  ])("fits docs/report.schema.json (%s)", (_name, input) => {
    expect(schemaErrors(schema, JSON.parse(renderJson(buildReport(input))))).toEqual([]);
  });

  it("the schema check catches a report that lost a required key or gained an unknown one", () => {
    const broken = JSON.parse(json);
    delete broken.overview.logHash;
    broken.surprise = true;
    broken.findings[0].outcome = "great";
    expect(schemaErrors(schema, broken)).toEqual([
      '$.findings[0].outcome: "great" not in enum',
      "$.overview.logHash: missing",
      "$.surprise: not allowed",
    ]);
  });
});

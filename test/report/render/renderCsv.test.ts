import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/report/buildReport";
import { csvField, renderCsv } from "../../../src/report/render/renderCsv";
import { miniDrill } from "../fixtures/drill";
import { parseCsv } from "../support/parseCsv";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["=1+2", "'=1+2"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+cmd", "'+cmd"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ["-15", "-15"],
    ["-1.5", "-1.5"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
  ])("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes numbers and missing values", () => {
    expect(csvField(0.5)).toBe("0.5");
    expect(csvField(undefined)).toBe("");
  });
});

describe("renderCsv", () => {
  const report = buildReport(miniDrill());
  const csv = renderCsv(report);
  const [header, ...records] = parseCsv(csv);

  it("is one RFC 4180 table with CRLF line ends: findings, then the improvement plan", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(header?.slice(0, 5)).toEqual(["record", "rule", "dimension", "step", "outcome"]);
    expect(records.map((record) => record[0])).toEqual([
      ...report.findings.map(() => "finding"),
      ...report.improvementPlan.map(() => "improvement"),
    ]);
  });

  it("gives a finding its outcome, credit, sim time, evidence and checklist line", () => {
    const column = (name: string) => header?.indexOf(name) as number;
    const terminate = records.find((record) => record[column("rule")] === "evidence.no-terminate");
    expect(terminate?.[column("outcome")]).toBe("violated");
    expect(terminate?.[column("credit")]).toBe("0");
    expect(terminate?.[column("sim_time")]).toBe("T+2:03");
    expect(terminate?.[column("at_minutes")]).toBe("123");
    expect(terminate?.[column("checklist_line")]).toContain("do not delete or terminate");
    const plan = records.find(
      (record) => record[0] === "improvement" && record[column("rule")] === "evidence.no-terminate",
    );
    expect(plan?.[column("owner_role")]).toBe("Security lead");
    expect(plan?.[column("capability_element")]).toBe("Training");
    expect(plan?.[column("priority")]).toBe("high");
  });
});

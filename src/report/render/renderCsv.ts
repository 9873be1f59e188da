import type { AfterActionReport, ReportActor } from "../afterActionReport";
import { revealInvisible } from "./revealInvisible";

const COLUMNS = [
  "record",
  "rule",
  "dimension",
  "step",
  "outcome",
  "credit",
  "weight",
  "points_lost",
  "when",
  "sim_time",
  "at_minutes",
  "evidence",
  "checklist_line",
  "summary",
  "advice",
  "by",
  "key",
  "source",
  "capability",
  "capability_element",
  "issue",
  "corrective_action",
  "organisation",
  "point_of_contact",
  "owner_role",
  "start",
  "due",
  "priority",
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string | number | undefined>>;

/**
 * why: a cell that starts with = + - @ tab or CR is run as a formula by spreadsheets (CSV injection); a leading
 * apostrophe makes it text. Plain numbers (negative sim minutes) are not formulas and stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One RFC 4180 field: formula-neutralised, quoted when it holds a quote, comma or line break. */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? "" : revealInvisible(String(value));
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function actors(by: readonly ReportActor[]): string {
  return by.map((actor) => actor.label).join("; ");
}

/**
 * The findings and the improvement plan as one RFC 4180 table (CRLF line ends, header row): the `record` column
 * says which a row is (`finding` or `improvement`), so a spreadsheet can filter either.
 */
export function renderCsv(report: AfterActionReport): string {
  const rows: Row[] = [
    ...report.findings.map(
      (finding): Row => ({
        record: "finding",
        rule: finding.rule,
        dimension: finding.dimension,
        step: finding.step,
        outcome: finding.outcome,
        credit: finding.credit,
        weight: finding.weight,
        points_lost: finding.pointsLost,
        when: finding.at?.when,
        sim_time: finding.at?.time,
        at_minutes: finding.at?.at,
        evidence: finding.evidence.join(" "),
        checklist_line: finding.checklistLine,
        summary: finding.summary,
        advice: finding.advice,
        by: actors(finding.by),
      }),
    ),
    ...report.improvementPlan.map(
      (item): Row => ({
        record: "improvement",
        rule: item.rules.join(" "),
        points_lost: item.pointsLost,
        when: item.at?.when,
        sim_time: item.at?.time,
        at_minutes: item.at?.at,
        key: item.key,
        source: item.source,
        capability: item.capability,
        capability_element: item.capabilityElement,
        issue: item.issue,
        corrective_action: item.correctiveAction,
        organisation: item.organisation,
        point_of_contact: item.pointOfContact,
        owner_role: item.ownerTitle,
        start: item.start,
        due: item.due,
        priority: item.priority,
      }),
    ),
  ];
  const lines = [
    COLUMNS.join(","),
    ...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

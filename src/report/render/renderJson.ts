import type { AfterActionReport } from "../afterActionReport";
import { sortKeys } from "../support/sortKeys";

/** The report as JSON: keys sorted at every level, 2-space indent, trailing newline (stable byte for byte). */
export function renderJson(report: AfterActionReport): string {
  return `${JSON.stringify(sortKeys(report), null, 2)}\n`;
}

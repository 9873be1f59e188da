import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from "./diagnosticCodes";

/** One problem found in a content file, at a 1-based line and column. */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Where the offending value ends (exclusive), when known: lets editors underline the whole range. */
  endLine?: number;
  endCol?: number;
}

/** What every content entry point returns: never an exception. Warnings may accompany a value. */
export type ContentResult<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A diagnostic with the code's catalogued severity. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  file: string,
  line: number,
  col: number,
): Diagnostic {
  return { code, message, file, line, col, severity: DIAGNOSTIC_CODES[code].severity };
}

/** why: past this many problems in a file, more help nobody, and listing them is work a hostile file could multiply. */
export const MAX_DIAGNOSTICS = 1000;

/** The HW0014 that stands for the problems left out of a file's list after MAX_DIAGNOSTICS. */
export function tooManyProblems(file: string, line: number, col: number): Diagnostic {
  return diagnostic(
    "HW0014",
    `more than ${MAX_DIAGNOSTICS} problems; the rest are not listed (fix these and check again)`,
    file,
    line,
    col,
  );
}

/** The first MAX_DIAGNOSTICS diagnostics in order, then one HW0014 where the next would have been. */
export function capDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  const next = sorted[MAX_DIAGNOSTICS];
  return next
    ? [...sorted.slice(0, MAX_DIAGNOSTICS), tooManyProblems(next.file, next.line, next.col)]
    : sorted;
}

/** True when any diagnostic is an error (warnings alone do not fail a file). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Diagnostics in file, line, column order (stable for equal positions). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1,
  );
}

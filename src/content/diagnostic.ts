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

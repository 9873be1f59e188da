import { type Document, isMap, LineCounter, parseDocument, type YAMLError, type YAMLWarning } from "yaml";
import { checkMappingKeys } from "./checkMappingKeys";
import { capDiagnostics, type Diagnostic, diagnostic } from "./diagnostic";
import type { DiagnosticCode } from "./diagnosticCodes";

/** why: the YAML parser reads about half a megabyte a second on a busy two-core machine; 7× the largest scenario. */
export const MAX_SOURCE_CHARS = 500_000;
/** why: UTF-8 spends at most 4 bytes on a character, so no file within MAX_SOURCE_CHARS is larger; readers stop here. */
export const MAX_SOURCE_BYTES = 4 * MAX_SOURCE_CHARS;
export const MAX_LINES = 10_000;
export const MAX_LINE_CHARS = 100_000;
export const MAX_FLOW_DEPTH = 64;

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

const YAML_ERROR_CODES: Record<string, DiagnosticCode> = {
  TAB_AS_INDENT: "HW0003",
  RESOURCE_EXHAUSTION: "HW0008",
  MULTIPLE_DOCS: "HW0009",
};

/** 1-based line and column of a character offset in `source`. */
export function positionInSource(source: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * Offset where flow brackets first nest deeper than the limit (a cheap guard run before the parser). A bracket
 * counts when it can open a flow collection: first on its line or after `:`, `-`, `,`, `[`, `{` (so brackets
 * inside prose such as `"[WARN] disk"` or `see [1]` do not add up across a file).
 */
function deepFlowOffset(source: string): number {
  let depth = 0;
  let previous = 10;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (
        previous === 10 ||
        previous === 58 ||
        previous === 45 ||
        previous === 44 ||
        previous === 91 ||
        previous === 123
      ) {
        depth++;
        if (depth > MAX_FLOW_DEPTH) return i;
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    if (c !== 32 && c !== 9) previous = c;
  }
  return -1;
}

/** The first line-count or line-length limit the source breaks (the parser is slow on such input), if any. */
function firstOverlongLine(source: string): { message: string; offset: number } | undefined {
  let lines = 1;
  let lineStart = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && source.charCodeAt(i) !== 10) continue;
    if (i - lineStart > MAX_LINE_CHARS) {
      return {
        message: `line ${lines} has ${i - lineStart} characters; the limit is ${MAX_LINE_CHARS}`,
        offset: lineStart,
      };
    }
    lineStart = i + 1;
    if (++lines > MAX_LINES && i < source.length - 1) {
      return { message: `the file has more than ${MAX_LINES} lines; split it`, offset: lineStart };
    }
  }
  return undefined;
}

/** Offset of the first NUL or other C0 control (tab, LF, VT, FF, CR allowed) or U+FFFD (invalid UTF-8), or -1. */
function firstBinaryOffset(source: string): number {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if ((c < 32 && (c < 9 || c > 13)) || c === 0xfffd) return i;
  }
  return -1;
}

/** The message of a yaml-package error without its code-frame tail. */
function yamlMessage(error: YAMLError | YAMLWarning): string {
  const firstLine = error.message.split("\n")[0] ?? error.message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * Parses one YAML document with source positions, turning hostile input (binary, oversized, deeply nested,
 * several documents, duplicate keys, tabs) into diagnostics instead of exceptions.
 */
export function parseContentYaml(
  source: string,
  file: string,
): { ok: true; value: ParsedYaml; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const fail = (code: DiagnosticCode, message: string, offset = 0) => {
    const { line, col } = positionInSource(source, offset);
    return { ok: false as const, diagnostics: [diagnostic(code, message, file, line, col)] };
  };
  if (source.length > MAX_SOURCE_CHARS) {
    return fail("HW0005", `the file has ${source.length} characters; the limit is ${MAX_SOURCE_CHARS}`);
  }
  const overlong = firstOverlongLine(source);
  if (overlong) return fail("HW0005", overlong.message, overlong.offset);
  const binaryAt = firstBinaryOffset(source);
  if (binaryAt >= 0)
    return fail("HW0004", "the file is not UTF-8 text (it contains control or invalid bytes)", binaryAt);
  const deepAt = deepFlowOffset(source);
  if (deepAt >= 0) return fail("HW0008", `brackets nest deeper than ${MAX_FLOW_DEPTH} levels`, deepAt);

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // why: logLevel "error" keeps the parser from printing warnings to stderr itself (they become diagnostics
    // below), and checkMappingKeys finds duplicate keys in linear time where the parser's check is quadratic.
    doc = parseDocument(source, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      logLevel: "error",
    });
  } catch (error) {
    return fail(
      "HW0001",
      `the YAML parser failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const tabErrors = doc.errors.filter((error) => error.code === "TAB_AS_INDENT");
  // why: a tab derails the parser; the errors after it are noise that hides the one real problem.
  for (const error of tabErrors.length > 0 ? tabErrors : doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const code = YAML_ERROR_CODES[error.code] ?? "HW0001";
    const message =
      code === "HW0008"
        ? "the document nests too deeply to read"
        : code === "HW0009"
          ? "the file holds more than one YAML document"
          : yamlMessage(error);
    const place = `${code}|${line}|${col}`;
    if (!reported.has(place)) {
      reported.add(place);
      diagnostics.push(diagnostic(code, message, file, line, col));
    }
  }
  if (diagnostics.length === 0) diagnostics.push(...checkMappingKeys(doc, lineCounter, file));
  if (diagnostics.length > 0) return { ok: false, diagnostics: capDiagnostics(diagnostics) };
  if (doc.contents === null) return fail("HW0006", "the file is empty: start with `formatVersion: 1`");
  if (!isMap(doc.contents)) {
    const offset = doc.contents.range?.[0] ?? 0;
    return fail("HW0006", "the file must be a YAML mapping of keys (`formatVersion: 1`, `id: …`, …)", offset);
  }
  try {
    doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /Unresolved alias.*: (.+)$/.exec(message);
    if (unresolved) {
      const at = source.indexOf(`*${unresolved[1]}`);
      return fail(
        "HW0001",
        `alias *${unresolved[1]} is used before its anchor &${unresolved[1]}`,
        Math.max(at, 0),
      );
    }
    if (/alias/i.test(message))
      return fail("HW0007", "anchors and aliases expand too much", doc.contents.range?.[0] ?? 0);
    return fail("HW0001", `the YAML cannot be read: ${message.slice(0, 120)}`, doc.contents.range?.[0] ?? 0);
  }
  const warnings = doc.warnings.map((warning) => {
    const { line, col } = lineCounter.linePos(warning.pos[0]);
    return diagnostic("HW0013", `the YAML parser ignores this: ${yamlMessage(warning)}`, file, line, col);
  });
  return { ok: true, value: { doc, lineCounter }, diagnostics: warnings };
}

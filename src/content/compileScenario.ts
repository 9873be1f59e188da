import { isMap, isScalar, type Node as YamlNode } from "yaml";
import { ELIMU_PROFILE } from "../engine/organisation";
import type { ScenarioDefinition } from "../engine/scenario";
import { sha256Hex } from "../engine/sha256";
import { type WallClockStart, wallClockStartProblem } from "../engine/wallClock";
import { PATIENT_ZERO } from "../engine/world/bindPatientZero";
import { checkDuplicates, checkReferences, indexDefinitions } from "./check/checkReferences";
import { checkScenarioMeaning } from "./check/checkScenarioMeaning";
import { truncatedValues } from "./check/truncatedValues";
import { type ContentResult, type Diagnostic, hasErrors, sortDiagnostics } from "./diagnostic";
import { mergeOrganisation } from "./mergeOrganisation";
import { type ParsedYaml, parseContentYaml } from "./parseContentYaml";
import type { Infer } from "./shape/inferShape";
import { SCENARIO_SHAPE, type ScenarioFile } from "./shape/scenarioShape";
import type { Shape } from "./shape/shape";
import { type IdReference, INVALID, ShapeReader } from "./shapeReader";

export const SUPPORTED_FORMAT_VERSION = 1;

/** The last path segment of a file name, with either separator. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Source text with CRLF/CR line endings turned into LF (what the content hash covers). */
export function normaliseLineEndings(source: string): string {
  return source.replace(/\r\n?/g, "\n");
}

/**
 * Parses `source` and reads it against `shape` after checking `formatVersion`; shared by scenarios and plays.
 * Returns the reader (for diagnostics, ids and references) and the raw value, or undefined when unreadable.
 */
export function readContentFile<S extends Shape>(
  source: string,
  file: string,
  shape: S,
  schemaName: string,
): { parsed: ParsedYaml; reader: ShapeReader; value: Infer<S> | undefined } | Diagnostic[] {
  const parsed = parseContentYaml(source, file);
  if (!parsed.ok) return parsed.diagnostics;
  const { doc, lineCounter } = parsed.value;
  const reader = new ShapeReader(doc, lineCounter, file);
  reader.diagnostics.push(...parsed.diagnostics);
  const root = doc.contents as YamlNode;
  const versionPair = isMap(root)
    ? root.items.find((pair) => isScalar(pair.key) && pair.key.value === "formatVersion")
    : undefined;
  if (!versionPair) {
    reader.report("HW0010", "missing formatVersion: add `formatVersion: 1` at the top", root);
    return reader.diagnostics;
  }
  const versionNode = versionPair.value as YamlNode | null;
  const version = isScalar(versionNode) ? versionNode.value : undefined;
  if (typeof version === "string" && version.trim() === String(SUPPORTED_FORMAT_VERSION)) {
    reader.report(
      "HW0011",
      `formatVersion must be the number ${SUPPORTED_FORMAT_VERSION}, not the text "${version}"`,
      versionNode,
    );
    return reader.diagnostics;
  }
  if (version !== SUPPORTED_FORMAT_VERSION) {
    reader.report(
      "HW0011",
      `formatVersion ${String(version)} is not supported; this Hotwash reads formatVersion ${SUPPORTED_FORMAT_VERSION}`,
      versionNode ?? (versionPair.key as YamlNode),
    );
    return reader.diagnostics;
  }
  if (!/^\uFEFF?#\s*yaml-language-server:\s*\$schema=/.test(source)) {
    reader.report(
      "HW0071",
      `the first line should be \`# yaml-language-server: $schema=./${schemaName}\``,
      root,
    );
  }
  reader.wallClock = wallClockStartOf(root);
  const value = reader.read(root, shape, 0, "file");
  for (const truncated of truncatedValues(doc, source))
    reader.report("HW0085", truncated.message, truncated.node);
  return {
    parsed: parsed.value,
    reader,
    // why: the reader validated the value against `shape`; Infer<S> is the type that shape reads into.
    value: value === INVALID ? undefined : (value as Infer<S>),
  };
}

/** The file's `start` (date, time, zone) when it names a real moment, so that its times may be written as dates. */
function wallClockStartOf(root: YamlNode): WallClockStart | undefined {
  if (!isMap(root)) return undefined;
  const startNode = root.items.find((pair) => isScalar(pair.key) && pair.key.value === "start")?.value;
  if (!isMap(startNode)) return undefined;
  const field = (key: string) => {
    const pair = startNode.items.find((item) => isScalar(item.key) && item.key.value === key);
    return isScalar(pair?.value) ? String(pair.value.value) : undefined;
  };
  const [date, time, zone] = [field("date"), field("time"), field("zone") ?? "UTC"];
  if (date === undefined || time === undefined) return undefined;
  const start = { date, time, zone };
  return wallClockStartProblem(start) === undefined ? start : undefined;
}

/** Validates and compiles a scenario file to the engine's ScenarioDefinition; never throws. */
export function compileScenario(source: string, file: string): ContentResult<ScenarioDefinition> {
  try {
    return compileScenarioUnsafe(source, file);
  } catch (error) {
    return internalError(file, error);
  }
}

function compileScenarioUnsafe(source: string, file: string): ContentResult<ScenarioDefinition> {
  const read = readContentFile(source, file, SCENARIO_SHAPE, "scenario.schema.json");
  if (Array.isArray(read)) return { ok: false, diagnostics: read };
  const { parsed, reader, value } = read;
  checkDuplicates(reader);
  checkReferences(reader, patientZeroReferences(reader, value), indexDefinitions(reader.definitions));
  if (!value || hasErrors(reader.diagnostics))
    return { ok: false, diagnostics: sortDiagnostics(reader.diagnostics) };

  const scenario = scenarioDefinition(value, source);
  const untimed = new Set(value.attacker.filter((step) => step.at === undefined).map((step) => step.id));
  checkScenarioMeaning(scenario, parsed.doc, reader, untimed);
  if (baseName(file) !== `${scenario.id}.yaml` && baseName(file).endsWith(".yaml")) {
    reader.report(
      "HW0070",
      `scenario "${scenario.id}" should live in ${scenario.id}.yaml`,
      parsed.doc.getIn(["id"], true) as YamlNode,
    );
  }
  const diagnostics = sortDiagnostics(reader.diagnostics);
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, value: scenario, diagnostics };
}

/** The scenario file as the engine runs it: its content hash, the organisation profile merged, every step timed. */
function scenarioDefinition(file: ScenarioFile, source: string): ScenarioDefinition {
  const { organisation, ...rest } = file;
  return {
    ...rest,
    // why: a triggered step runs relative to its trigger; `at` is then only a placeholder the engine ignores.
    attacker: rest.attacker.map((step) => ({ ...step, at: step.at ?? 0 })),
    contentHash: sha256Hex(normaliseLineEndings(source)),
    organisation: mergeOrganisation(ELIMU_PROFILE, organisation),
  };
}

/**
 * The references left to check once `patient-zero` is settled: an instance reference to it is the drawn patient
 * zero when `variation.patientZero` has candidates (accepted), and an error (HW0066) when it has none.
 */
function patientZeroReferences(reader: ShapeReader, value: ScenarioFile | undefined): IdReference[] {
  const drawn = (value?.variation.patientZero.length ?? 0) > 0;
  return reader.references.filter((reference) => {
    if (reference.id !== PATIENT_ZERO) return true;
    if (reference.kinds !== "any" && !reference.kinds.includes("instance")) return true;
    if (!drawn)
      reader.report(
        "HW0066",
        `"${PATIENT_ZERO}" names the drawn patient zero, but variation.patientZero lists no candidates`,
        reference.node,
      );
    return false;
  });
}

/** A last-resort diagnostic for a bug in the compiler itself (so callers still never see an exception). */
export function internalError(file: string, error: unknown): { ok: false; diagnostics: Diagnostic[] } {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    diagnostics: [
      {
        code: "HW0099",
        message: `internal error while reading the file: ${message}`,
        file,
        line: 1,
        col: 1,
        severity: "error",
      },
    ],
  };
}

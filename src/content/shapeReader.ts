import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node as YamlNode,
} from "yaml";
import { MAX_SIM_MINUTES, parseDuration, readSimTime } from "../engine/simTime";
import type { WallClockStart } from "../engine/wallClock";
import { type Diagnostic, diagnostic, MAX_DIAGNOSTICS, tooManyProblems } from "./diagnostic";
import type { DiagnosticCode } from "./diagnosticCodes";
import { closestMatch, didYouMean, SuggestionBudget } from "./didYouMean";
import {
  defaultOf,
  type Field,
  type Fields,
  type LocalIdKind,
  type RefKind,
  renameSelector,
  type Shape,
  selectorOf,
} from "./shape/shape";
import {
  expectedNumber,
  formFields,
  isNumberOfShape,
  lengthProblem,
  MAX_DEPTH,
  rangeProblem,
  textProblem,
  unknownFormMessage,
} from "./shape/valueProblems";

/** An id defined at a position (`owned` false: only declared, e.g. by a `setFlag` effect). */
export interface IdDefinition {
  kind: RefKind | LocalIdKind;
  id: string;
  /** `kind:id` of the enclosing owner for local ids (a reply option's inject), else "". */
  scope: string;
  node: YamlNode;
  owned: boolean;
}

/** A reference to an id of one of `kinds`, at a position. */
export interface IdReference {
  kinds: readonly RefKind[] | "any";
  id: string;
  node: YamlNode;
}

export const INVALID: unique symbol = Symbol("invalid");
const MAX_NODES = 200_000;
const LOCAL_KINDS: ReadonlySet<string> = new Set<LocalIdKind>(["replyOption", "account"]);

type Missing = (key: string) => DiagnosticCode;

/** Reads a parsed YAML node tree against a Shape: converts it to plain values and records ids and references. */
export class ShapeReader {
  readonly diagnostics: Diagnostic[] = [];
  /** The file's wall-clock start, when known: times may then be written as a date and clock time. */
  wallClock: WallClockStart | undefined;
  readonly definitions: IdDefinition[] = [];
  readonly references: IdReference[] = [];
  /** What this file may still spend on "did you mean" suggestions (shared with the later checks). */
  readonly suggestions = new SuggestionBudget();
  private visited = 0;
  private aborted = false;
  private truncated = false;
  private readonly scopes: string[] = [];
  private readonly reported = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
    private readonly file: string,
  ) {}

  /** 1-based line and column where `node` starts (1:1 when unknown). */
  positionOf(node: YamlNode | null | undefined): { line: number; col: number } {
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 1, col: 1 } : this.lineCounter.linePos(offset);
  }

  /** Records a diagnostic at the start of `node`; past MAX_DIAGNOSTICS, one HW0014 says the rest are left out. */
  report(code: DiagnosticCode, message: string, node: YamlNode | null | undefined): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      if (!this.truncated) {
        this.truncated = true;
        const { line, col } = this.positionOf(node);
        this.diagnostics.push(tooManyProblems(this.file, line, col));
      }
      return;
    }
    const { line, col } = this.positionOf(node);
    // why: a node reached twice through an alias would otherwise repeat its diagnostics.
    const key = `${code}|${line}|${col}|${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const found = diagnostic(code, message, this.file, line, col);
    const end = node?.range?.[1];
    if (end !== undefined && end > (node?.range?.[0] ?? end)) {
      const { line: endLine, col: endCol } = this.lineCounter.linePos(end);
      found.endLine = endLine;
      found.endCol = endCol;
    }
    this.diagnostics.push(found);
  }

  /** The converted value of `node` read as `shape`, or INVALID after reporting why. */
  read(node: YamlNode | null, shape: Shape, depth: number, context: string): unknown {
    if (this.aborted) return INVALID;
    if (depth > MAX_DEPTH) {
      this.report("HW0008", `values nest deeper than ${MAX_DEPTH} levels`, node);
      this.aborted = true;
      return INVALID;
    }
    if (++this.visited > MAX_NODES) {
      this.report("HW0007", "the document expands to too many values (check anchors and aliases)", node);
      this.aborted = true;
      return INVALID;
    }
    let target = node;
    if (isAlias(target)) {
      const resolved = target.resolve(this.doc);
      if (!resolved) {
        this.report("HW0001", `unknown alias *${target.source}`, target);
        return INVALID;
      }
      target = resolved as YamlNode;
    }
    switch (shape.kind) {
      case "lazy":
        return this.read(target, shape.get(), depth, context);
      case "string":
        return this.readString(target, shape, depth, context);
      case "integer":
      case "number":
        return this.readNumber(target, shape, context);
      case "boolean":
        return this.readScalarOfType(target, "boolean", "true or false", context);
      case "const":
        return this.readConst(target, shape, context);
      case "time":
        return this.readTime(target, context);
      case "duration":
        return this.readDuration(target, context);
      case "array":
        return this.readArray(target, shape.items, depth, context, shape.max);
      case "object":
        return this.readMap(target, shape.fields, shape.name, depth, () => "HW0021");
      case "keyed":
        return this.readKeyed(target, shape, depth);
      case "action":
        return this.readAction(target, shape, depth);
      case "scalarMap":
        return this.readScalarMap(target, context);
    }
  }

  private wrongType(expected: string, node: YamlNode | null, context: string): typeof INVALID {
    this.report("HW0022", `${context}: expected ${expected}, got ${describe(node)}`, node);
    return INVALID;
  }

  private readScalarOfType(node: YamlNode | null, type: string, expected: string, context: string): unknown {
    if (isScalar(node) && typeof node.value === type) return node.value;
    return this.wrongType(expected, node, context);
  }

  private readString(
    node: YamlNode | null,
    shape: Extract<Shape, { kind: "string" }>,
    depth: number,
    context: string,
  ) {
    if (shape.orList && isSeq(node)) {
      return this.readArray(node, { ...shape, orList: false }, depth, context);
    }
    if (!isScalar(node)) return this.wrongType("text", node, context);
    const plain = !shape.enum && !shape.defines && !shape.ref && !shape.kebab && !shape.declares;
    let text: string;
    if (typeof node.value === "string") text = node.value;
    else if (plain && typeof node.value === "number") text = node.source ?? String(node.value);
    else return this.wrongType("text", node, context);
    const problem = textProblem(text, shape, this.suggestions);
    if (problem) {
      this.report(problem.code, `${context}: ${problem.message}`, node);
      // why: an id that is not kebab-case is still the id, so references to it are not reported twice.
      if (problem.code !== "HW0024") return INVALID;
    }
    if (shape.defines) {
      const local = LOCAL_KINDS.has(shape.defines);
      const scope = local ? (this.scopes[this.scopes.length - 1] ?? "") : "";
      this.definitions.push({ kind: shape.defines, id: text, scope, node, owned: true });
    }
    if (shape.declares)
      this.definitions.push({ kind: shape.declares, id: text, scope: "", node, owned: false });
    if (shape.ref) this.references.push({ kinds: shape.ref, id: text, node });
    return text;
  }

  private readNumber(
    node: YamlNode | null,
    shape: Extract<Shape, { kind: "integer" | "number" }>,
    context: string,
  ) {
    if (!isScalar(node) || !isNumberOfShape(node.value, shape))
      return this.wrongType(expectedNumber(shape), node, context);
    const outside = rangeProblem(node.value, shape);
    if (outside) {
      this.report("HW0023", `${context}: ${outside}`, node);
      return INVALID;
    }
    return node.value;
  }

  private readConst(node: YamlNode | null, shape: Extract<Shape, { kind: "const" }>, context: string) {
    if (isScalar(node) && node.value === shape.value) return shape.value;
    const got = isScalar(node) ? String(node.value) : describe(node);
    this.report(shape.code ?? "HW0023", `${context}: must be ${String(shape.value)}, got ${got}`, node);
    return INVALID;
  }

  private readTime(node: YamlNode | null, context: string) {
    let problem = "is not a time; write integer minutes or T+45m, T+1:30, T+1d 6h, T-3d, T-3d +04:12";
    if (isScalar(node) && typeof node.value === "number") {
      if (Number.isInteger(node.value) && Math.abs(node.value) <= MAX_SIM_MINUTES) return node.value;
    } else if (isScalar(node) && typeof node.value === "string") {
      const reading = readSimTime(node.value, this.wallClock);
      if ("minutes" in reading) return reading.minutes;
      problem = reading.problem;
    }
    const got = isScalar(node) ? `"${String(node.value).slice(0, 40)}"` : describe(node);
    this.report("HW0025", `${context}: ${got} ${problem}`, node);
    return INVALID;
  }

  private readDuration(node: YamlNode | null, context: string) {
    if (isScalar(node) && typeof node.value === "number") {
      if (Number.isInteger(node.value) && node.value >= 0 && node.value <= MAX_SIM_MINUTES) return node.value;
    } else if (isScalar(node) && typeof node.value === "string") {
      const minutes = parseDuration(node.value);
      if (minutes !== undefined) return minutes;
    }
    const got = isScalar(node) ? `"${String(node.value).slice(0, 40)}"` : describe(node);
    this.report(
      "HW0026",
      `${context}: ${got} is not a duration; write integer minutes or 45m, 3h, 2d, 1d 6h`,
      node,
    );
    return INVALID;
  }

  private readArray(node: YamlNode | null, items: Shape, depth: number, context: string, max?: number) {
    if (!isSeq(node)) return this.wrongType("a list", node, context);
    const tooLong = lengthProblem(node.items.length, { kind: "array", items, max });
    if (tooLong) {
      this.report("HW0005", `${context}: the list ${tooLong}`, node);
      return INVALID;
    }
    const values: unknown[] = [];
    for (const item of node.items) {
      const value = this.read(item as YamlNode | null, items, depth + 1, context);
      if (value !== INVALID) values.push(value);
    }
    return values;
  }

  private readScalarMap(node: YamlNode | null, context: string) {
    if (!isMap(node)) return this.wrongType("a mapping", node, context);
    const values: Record<string, string | number | boolean> = {};
    for (const pair of node.items) {
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (!isScalar(key) || typeof key.value !== "string") return this.wrongType("text keys", key, context);
      if (!isScalar(value) || value.value === null || typeof value.value === "object") {
        return this.wrongType("text, a number or true/false", value ?? key, `${context}.${key.value}`);
      }
      values[key.value] = value.value as string | number | boolean;
    }
    return values;
  }

  /** Reads a mapping with known fields: unknown keys, missing fields and defaults are handled here. */
  private readMap(node: YamlNode | null, fields: Fields, name: string, depth: number, missing: Missing) {
    if (!isMap(node)) return this.wrongType(`a mapping (${name})`, node, name);
    const idPair = node.items.find((pair) => isScalar(pair.key) && pair.key.value === "id");
    const idValue = isScalar(idPair?.value) ? idPair.value.value : undefined;
    const label = typeof idValue === "string" && "id" in fields ? `${name} "${idValue.slice(0, 60)}"` : name;
    const present = new Map<string, { key: YamlNode; value: YamlNode | null }>();
    const misspelt = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as YamlNode | null;
      if (!isScalar(key) || typeof key.value !== "string") {
        this.report("HW0022", `${name}: keys must be plain text, got ${describe(key)}`, key ?? node);
        continue;
      }
      if (!Object.hasOwn(fields, key.value)) {
        const suggestion = closestMatch(key.value, Object.keys(fields), this.suggestions);
        if (suggestion !== undefined) misspelt.add(suggestion);
        const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
        this.report("HW0020", `unknown key "${key.value.slice(0, 80)}" in ${label}${hint}`, key);
        continue;
      }
      present.set(key.value, { key, value: (pair.value as YamlNode | null) ?? null });
    }
    const result: Record<string, unknown> = {};
    let scoped = false;
    const order = Object.keys(fields);
    for (const key of order) {
      const field = fields[key] as Field;
      const entry = present.get(key);
      if (!entry) {
        if (field.required && !misspelt.has(key))
          this.report(missing(key), `missing "${key}" in ${label}`, node);
        else if (field.default !== undefined) result[key] = defaultOf(field);
        continue;
      }
      if (entry.value === null) {
        this.report("HW0022", `${label}.${key}: expected a value, got nothing`, entry.key);
        continue;
      }
      const value = this.read(entry.value, field.shape, depth + 1, `${label}.${key}`);
      if (value === INVALID) continue;
      result[key] = value;
      if (
        key === "id" &&
        field.shape.kind === "string" &&
        field.shape.defines &&
        !LOCAL_KINDS.has(field.shape.defines)
      ) {
        this.scopes.push(`${field.shape.defines}:${String(value)}`);
        scoped = true;
      }
    }
    if (scoped) this.scopes.pop();
    return result;
  }

  private readKeyed(node: YamlNode | null, shape: Extract<Shape, { kind: "keyed" }>, depth: number) {
    if (!isMap(node)) {
      this.report(
        shape.code,
        `${withArticle(shape.name)} must be a mapping with one main key, got ${describe(node)}`,
        node,
      );
      return INVALID;
    }
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ""));
    const mains = keys.filter((key) => Object.hasOwn(shape.forms, key));
    if (mains.length !== 1) {
      const firstKey = node.items[0]?.key as YamlNode | undefined;
      const message =
        mains.length === 0
          ? `${withArticle(shape.name)} needs one main key (${Object.keys(shape.forms).join(", ")}); got ${keys.map((k) => `"${k.slice(0, 40)}"`).join(", ") || "nothing"}${didYouMean(keys[0] ?? "", Object.keys(shape.forms), this.suggestions)}`
          : `${withArticle(shape.name)} has one main key, got ${mains.map((k) => `"${k}"`).join(" and ")}; combine conditions with all:`;
      this.report(shape.code, message, firstKey ?? node);
      return INVALID;
    }
    const main = mains[0] as string;
    const value = this.readMap(
      node,
      shape.forms[main] as Fields,
      `${shape.name} ${main}`,
      depth,
      () => "HW0021",
    );
    if (value === INVALID || !shape.dependentRef || main !== shape.dependentRef.mainKey) return value;
    const record = value as Record<string, unknown>;
    const kinds = shape.dependentRef.kinds[String(record[main])];
    const targetPair = node.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === shape.dependentRef?.field,
    );
    if (kinds && typeof record[shape.dependentRef.field] === "string" && targetPair) {
      this.references.push({
        kinds,
        id: record[shape.dependentRef.field] as string,
        node: targetPair.value as YamlNode,
      });
    }
    return value;
  }

  private readAction(node: YamlNode | null, shape: Extract<Shape, { kind: "action" }>, depth: number) {
    const selector = selectorOf(shape);
    if (!isMap(node)) return this.wrongType(`a mapping with ${selector}:`, node, "step");
    const selectorPair = node.items.find((pair) => isScalar(pair.key) && pair.key.value === selector);
    if (!selectorPair) {
      this.report("HW0041", `missing "${selector}" (the action or control type)`, node);
      return INVALID;
    }
    const selectorNode = selectorPair.value as YamlNode | null;
    const type = isScalar(selectorNode) ? selectorNode.value : undefined;
    const fields = typeof type === "string" ? formFields(shape, type) : undefined;
    if (typeof type !== "string" || !fields) {
      this.report(
        "HW0040",
        unknownFormMessage(shape, type, this.suggestions),
        selectorNode ?? (selectorPair.key as YamlNode),
      );
      return INVALID;
    }
    const form = shape.forms[type] as Fields;
    const value = this.readMap(node, fields, type, depth, (key) => (key in form ? "HW0041" : "HW0021"));
    if (value === INVALID) return INVALID;
    return renameSelector(value as Record<string, unknown>, selector);
  }
}

/** `a condition`, `an attacker effect`. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

function describe(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return "nothing";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    if (node.value === null) return "nothing";
    if (typeof node.value === "number") return `the number ${node.value}`;
    if (typeof node.value === "boolean") return String(node.value);
    return `text "${String(node.value).slice(0, 40)}"`;
  }
  return "an alias";
}

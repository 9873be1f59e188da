import { MAX_SIM_MINUTES } from "../engine/simTime";
import { closestMatch } from "./didYouMean";
import { defaultOf, type Field, type Fields, renameSelector, type Shape, selectorOf } from "./shape/shape";
import {
  expectedNumber,
  formFields,
  isNumberOfShape,
  lengthProblem,
  rangeProblem,
  textProblem,
  unknownFormMessage,
} from "./shape/valueProblems";

export type PlainRead = { ok: true; value: unknown } | { ok: false; problem: string };

const INVALID: unique symbol = Symbol("invalid");
type Read = unknown | typeof INVALID;

/**
 * Reads a parsed JSON value against a Shape, strictly, and stops at the first problem: text only from strings,
 * times and durations only as integer minutes, no unknown or inherited keys. The problem names where it is, like
 * `input 13 › intent › body: expected text, got the number 3`.
 */
export function readPlainValue(value: unknown, shape: Shape): PlainRead {
  const reader = new PlainReader();
  const read = reader.read(value, shape, []);
  return read === INVALID ? { ok: false, problem: reader.problem } : { ok: true, value: read };
}

/** Walks a plain value and a shape together; the first problem found is kept and everything after is skipped. */
class PlainReader {
  problem = "";

  read(value: unknown, shape: Shape, path: string[]): Read {
    switch (shape.kind) {
      case "lazy":
        return this.read(value, shape.get(), path);
      case "string":
        return this.readString(value, shape, path);
      case "integer":
      case "number":
        if (!isNumberOfShape(value, shape)) return this.wrong(expectedNumber(shape), value, path);
        return this.fail(path, rangeProblem(value, shape)) ?? value;
      case "boolean":
        return typeof value === "boolean" ? value : this.wrong("true or false", value, path);
      case "const":
        return value === shape.value
          ? value
          : this.fail(path, `must be ${JSON.stringify(shape.value)}, got ${describe(value)}`);
      case "time":
        return Number.isInteger(value) && Math.abs(value as number) <= MAX_SIM_MINUTES
          ? value
          : this.wrong(`whole sim minutes within ±${MAX_SIM_MINUTES}`, value, path);
      case "duration":
        return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SIM_MINUTES
          ? value
          : this.wrong(`whole minutes from 0 to ${MAX_SIM_MINUTES}`, value, path);
      case "array":
        return this.readArray(value, shape, path);
      case "object":
        return this.readObject(value, shape.fields, path);
      case "keyed":
        return this.readKeyed(value, shape, path);
      case "action":
        return this.readAction(value, shape, path);
      case "scalarMap":
        return this.readScalarMap(value, path);
    }
  }

  private fail(path: string[], problem: string | undefined): typeof INVALID | undefined {
    if (problem === undefined) return undefined;
    this.problem = path.length > 0 ? `${path.join(" › ")}: ${problem}` : problem;
    return INVALID;
  }

  private wrong(expected: string, value: unknown, path: string[]): typeof INVALID {
    return this.fail(path, `expected ${expected}, got ${describe(value)}`) as typeof INVALID;
  }

  private readString(value: unknown, shape: Extract<Shape, { kind: "string" }>, path: string[]): Read {
    if (shape.orList && Array.isArray(value))
      return this.readArray(value, { kind: "array", items: { ...shape, orList: false } }, path);
    if (typeof value !== "string") return this.wrong("text", value, path);
    return this.fail(path, textProblem(value, shape)?.message) ?? value;
  }

  private readArray(value: unknown, shape: Extract<Shape, { kind: "array" }>, path: string[]): Read {
    if (!Array.isArray(value)) return this.wrong("a list", value, path);
    const tooLong = this.fail(path, lengthProblem(value.length, shape));
    if (tooLong) return tooLong;
    const itemName = shape.items.kind === "object" ? shape.items.name : undefined;
    const values: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      const place = itemName
        ? [...path.slice(0, -1), `${itemName} ${index + 1}`]
        : [...path, `item ${index + 1}`];
      const item = this.read(value[index], shape.items, place);
      if (item === INVALID) return INVALID;
      values.push(item);
    }
    return values;
  }

  private readObject(value: unknown, fields: Fields, path: string[]): Read {
    if (!isRecord(value)) return this.wrong("a mapping", value, path);
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(fields, key)) continue;
      const suggestion = closestMatch(key, Object.keys(fields));
      const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
      return this.fail(path, `unknown key "${key.slice(0, 80)}"${hint}`) as typeof INVALID;
    }
    for (const [key, field] of Object.entries(fields)) {
      if (field.required && !Object.hasOwn(value, key))
        return this.fail(path, `missing "${key}"`) as typeof INVALID;
    }
    // why: keys keep the file's order, so a drill read and written again is the same file.
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const read = this.read(value[key], (fields[key] as Field).shape, [...path, key]);
      if (read === INVALID) return INVALID;
      result[key] = read;
    }
    for (const [key, field] of Object.entries(fields)) {
      if (!Object.hasOwn(value, key) && field.default !== undefined) result[key] = defaultOf(field);
    }
    return result;
  }

  private readKeyed(value: unknown, shape: Extract<Shape, { kind: "keyed" }>, path: string[]): Read {
    if (!isRecord(value)) return this.wrong(`${shape.name} (a mapping with one main key)`, value, path);
    const mains = Object.keys(value).filter((key) => Object.hasOwn(shape.forms, key));
    if (mains.length !== 1)
      return this.fail(
        path,
        `${shape.name} needs exactly one main key of ${Object.keys(shape.forms).join(", ")}`,
      ) as typeof INVALID;
    return this.readObject(value, shape.forms[mains[0] as string] as Fields, path);
  }

  private readAction(value: unknown, shape: Extract<Shape, { kind: "action" }>, path: string[]): Read {
    const selector = selectorOf(shape);
    if (!isRecord(value)) return this.wrong(`a mapping with ${selector}`, value, path);
    if (!Object.hasOwn(value, selector)) return this.fail(path, `missing "${selector}"`) as typeof INVALID;
    const type = value[selector];
    const fields = typeof type === "string" ? formFields(shape, type) : undefined;
    if (!fields) return this.fail(path, unknownFormMessage(shape, type)) as typeof INVALID;
    const read = this.readObject(value, fields, path);
    return read === INVALID ? INVALID : renameSelector(read as Record<string, unknown>, selector);
  }

  private readScalarMap(value: unknown, path: string[]): Read {
    if (!isRecord(value)) return this.wrong("a mapping", value, path);
    for (const [key, item] of Object.entries(value)) {
      if (
        typeof item !== "string" &&
        typeof item !== "boolean" &&
        !(typeof item === "number" && Number.isFinite(item))
      )
        return this.wrong("text, a number or true/false", item, [...path, key]);
    }
    return { ...value };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  return `text "${String(value).slice(0, 40)}"`;
}

import type { TargetKind } from "../../engine/actions";
import type { DiagnosticCode } from "../diagnosticCodes";

/** The kinds of thing a scenario defines by id and other fields refer to (an action's targets among them). */
export type RefKind =
  | TargetKind
  | "zone"
  | "dataStore"
  | "foothold"
  | "fact"
  | "attackerStep"
  | "flag"
  | "module"
  | "businessService"
  | "impact";

/** Ids unique only inside their parent (an inject's reply options, a provider's accounts). */
export type LocalIdKind = "replyOption" | "account";

/** One field of a mapping: its shape, and whether it must be written, has a default, or may be absent. */
export interface Field<S extends Shape = Shape> {
  shape: S;
  required?: boolean;
  /** Value used when the key is absent (arrays default to `[]` unless `required`). */
  default?: unknown;
  doc?: string;
}

export type Fields = Record<string, Field>;

/** A field the file must write. */
export type RequiredField<S extends Shape> = Field<S> & { required: true };
/** A field the reader fills in when the file leaves it out (so it is always there after reading). */
export type DefaultedField<S extends Shape> = Field<S> & { default: NonNullable<unknown> };
/** A field that may be absent after reading. */
export type OptionalField<S extends Shape> = Field<S> & { required?: false; default?: undefined };

/**
 * A description of one value of the format: the reader validates and converts YAML with it, and the JSON
 * Schema is generated from it, so the two cannot drift apart.
 */
export type Shape =
  | {
      kind: "string";
      enum?: readonly string[];
      /** Code for a value outside `enum` (default HW0023). */
      enumCode?: DiagnosticCode;
      /** Also accept a list of enum values. */
      orList?: boolean;
      /** This string is the id of a thing of this kind (kebab-case, unique within the kind). */
      defines?: RefKind | LocalIdKind;
      /** This string refers to a thing of one of these kinds (`any`: of any kind). */
      ref?: readonly RefKind[] | "any";
      kebab?: boolean;
      /** This string makes an id of this kind exist without owning it (a `setFlag` effect declares its flag). */
      declares?: RefKind;
      /** The text must match this, and is described as `patternName` when it does not. */
      pattern?: RegExp;
      patternName?: string;
    }
  | { kind: "integer"; min?: number; max?: number }
  | { kind: "number"; min?: number; max?: number }
  | { kind: "boolean" }
  | { kind: "const"; value: number | boolean | string; code?: DiagnosticCode }
  | { kind: "time" }
  | { kind: "duration" }
  | { kind: "array"; items: Shape; max?: number }
  | { kind: "object"; name: string; fields: Fields }
  /** A mapping whose one main key selects the form (conditions, attacker effects). */
  | {
      kind: "keyed";
      name: string;
      code: DiagnosticCode;
      forms: Record<string, Fields>;
      /** A field whose reference kind depends on the main key's value (a condition's `action` → `target`). */
      dependentRef?: { mainKey: string; field: string; kinds: Partial<Record<string, readonly RefKind[]>> };
    }
  /**
   * A mapping whose `selector` key (default `do`) selects the form (play steps, reply actions, drill inputs);
   * `common` fields go with every form. `do:` is read into `type`, the engine's name; another selector keeps its
   * key. `excluded` types are known but refused here, with `reason` (a solo drill holds no facilitator control).
   */
  | {
      kind: "action";
      forms: Record<string, Fields>;
      common: Fields;
      selector?: string;
      excluded?: { types: readonly string[]; reason: string };
    }
  /** A mapping of names to scalars (condition `params`). */
  | { kind: "scalarMap" }
  /** A shape defined later (recursion); `value` only carries, for the compiler, the type the shape reads into. */
  | { kind: "lazy"; get: () => Shape; value?: unknown };

/** The key that selects an action shape's form (`do` unless the shape names another). */
export function selectorOf(shape: Extract<Shape, { kind: "action" }>): string {
  return shape.selector ?? "do";
}

/** An action value as the engine names it: `do` becomes `type`; another selector keeps its own key. */
export function renameSelector(value: Record<string, unknown>, selector: string): Record<string, unknown> {
  if (selector !== "do") return value;
  const { do: type, ...rest } = value;
  return { type, ...rest };
}

/** The value an absent optional field takes: its default, with nested object defaults filled in. */
export function defaultOf(field: Field): unknown {
  if (field.shape.kind === "object" && typeof field.default === "object" && field.default !== null) {
    const filled: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(field.shape.fields)) {
      if (!inner.required && inner.default !== undefined) filled[key] = defaultOf(inner);
    }
    return { ...filled, ...structuredClone(field.default as Record<string, unknown>) };
  }
  return structuredClone(field.default);
}

/** A required field. */
export function req<S extends Shape>(shape: S, doc?: string): RequiredField<S> {
  return doc === undefined ? { shape, required: true } : { shape, required: true, doc };
}

/** An optional field, with a default when given. */
export function opt<S extends Shape>(shape: S): OptionalField<S>;
export function opt<S extends Shape>(shape: S, defaultValue: undefined, doc?: string): OptionalField<S>;
export function opt<S extends Shape>(
  shape: S,
  defaultValue: NonNullable<unknown>,
  doc?: string,
): DefaultedField<S>;
export function opt(shape: Shape, defaultValue?: unknown, doc?: string): Field {
  const field: Field = { shape };
  if (defaultValue !== undefined) field.default = defaultValue;
  if (doc !== undefined) field.doc = doc;
  return field;
}

/** An optional list defaulting to `[]`. */
export function list<S extends Shape>(items: S, doc?: string): DefaultedField<{ kind: "array"; items: S }> {
  return opt({ kind: "array", items }, [], doc);
}

/** A list of these items. */
export function arrayOf<S extends Shape>(items: S, max?: number): { kind: "array"; items: S; max?: number } {
  return max === undefined ? { kind: "array", items } : { kind: "array", items, max };
}

export const TEXT = { kind: "string" } satisfies Shape;
export const BOOLEAN = { kind: "boolean" } satisfies Shape;
export const TIME = { kind: "time" } satisfies Shape;
export const DURATION = { kind: "duration" } satisfies Shape;

/** A string restricted to the given values. */
export function oneOf<const V extends readonly string[]>(values: V): { kind: "string"; enum: V };
/** A string restricted to the given values, or a list of them. */
export function oneOf<const V extends readonly string[]>(
  values: V,
  orList: true,
): { kind: "string"; enum: V; orList: true };
export function oneOf(values: readonly string[], orList = false): Shape {
  return orList ? { kind: "string", enum: values, orList } : { kind: "string", enum: values };
}

/** Exactly this value. */
export function constant<const V extends number | boolean | string>(
  value: V,
  code?: DiagnosticCode,
): { kind: "const"; value: V; code?: DiagnosticCode } {
  return code === undefined ? { kind: "const", value } : { kind: "const", value, code };
}

/** The id of a new thing of this kind. */
export function id(kind: RefKind | LocalIdKind): { kind: "string"; defines: RefKind | LocalIdKind } {
  return { kind: "string", defines: kind };
}

/** A reference to a thing of one of these kinds. */
export function ref(...kinds: RefKind[]): { kind: "string"; ref: RefKind[] } {
  return { kind: "string", ref: kinds };
}

/** A mapping with these fields. */
export function object<F extends Fields>(
  name: string,
  fields: F,
): { kind: "object"; name: string; fields: F } {
  return { kind: "object", name, fields };
}

/** A shape written later (a recursive one): `T` is the type it reads into, checked where the shape is defined. */
export function lazy<T>(get: () => Shape): { kind: "lazy"; get: () => Shape; value?: T } {
  return { kind: "lazy", get };
}

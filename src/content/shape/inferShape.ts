import type { Shape } from "./shape";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The keys of a mapping's fields that are always there after reading (required, or filled from a default). */
type PresentKeys<F> = {
  [K in keyof F]: F[K] extends { required: true } | { default: NonNullable<unknown> } ? K : never;
}[keyof F];

type FieldValue<F> = F extends { shape: infer S } ? Infer<S> : never;

/** The value the reader makes of a mapping with these fields. */
export type InferFields<F> = Simplify<
  { [K in PresentKeys<F>]: FieldValue<F[K]> } & {
    [K in Exclude<keyof F, PresentKeys<F>>]?: FieldValue<F[K]>;
  }
>;

/** The name the reader gives an action's selector: `do:` becomes `type`, another selector keeps its key. */
type SelectorKey<S> = S extends { selector: infer Key extends string } ? Key : "type";
type ExcludedTypes<S> = S extends { excluded: { types: readonly (infer T)[] } } ? T : never;

type InferAction<S, F, C> = {
  [K in Exclude<keyof F, ExcludedTypes<S>>]: Simplify<
    { [P in SelectorKey<S>]: K } & InferFields<F[K]> & InferFields<C>
  >;
}[Exclude<keyof F, ExcludedTypes<S>>];

/**
 * The type of the value the shape reader makes of a valid file part of shape `S` (like zod's `infer`): what the
 * compiler hands the engine is derived from the format, so the engine's types are checked against it.
 */
export type Infer<S> = S extends { kind: "lazy"; value?: infer T }
  ? T
  : S extends { kind: "string"; enum: readonly (infer E)[]; orList: true }
    ? E | E[]
    : S extends { kind: "string"; enum: readonly (infer E)[] }
      ? E
      : S extends { kind: "string" }
        ? string
        : S extends { kind: "integer" | "number" | "time" | "duration" }
          ? number
          : S extends { kind: "boolean" }
            ? boolean
            : S extends { kind: "const"; value: infer V }
              ? V
              : S extends { kind: "array"; items: infer I }
                ? Infer<I>[]
                : S extends { kind: "object"; fields: infer F }
                  ? InferFields<F>
                  : S extends { kind: "keyed"; forms: infer F }
                    ? { [K in keyof F]: InferFields<F[K]> }[keyof F]
                    : S extends { kind: "action"; forms: infer F; common: infer C }
                      ? InferAction<S, F, C>
                      : S extends { kind: "scalarMap" }
                        ? Record<string, string | number | boolean>
                        : S extends Shape
                          ? unknown
                          : never;

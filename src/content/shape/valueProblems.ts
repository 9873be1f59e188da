import type { DiagnosticCode } from "../diagnosticCodes";
import { didYouMean, type SuggestionBudget } from "../didYouMean";
import { isKebabId } from "../kebabId";
import type { Fields, Shape } from "./shape";

/** Values nest at most this deep in a content file. */
export const MAX_DEPTH = 64;
/** No text value of any file Hotwash reads may be longer. */
export const MAX_TEXT_CHARS = 100_000;

type StringShape = Extract<Shape, { kind: "string" }>;
type NumberShape = Extract<Shape, { kind: "integer" | "number" }>;
type ActionShape = Extract<Shape, { kind: "action" }>;

/** Why a text fits no value of this string shape, or undefined when it fits (the YAML and JSON readers share it). */
export function textProblem(
  text: string,
  shape: StringShape,
  budget?: SuggestionBudget,
): { code: DiagnosticCode; message: string } | undefined {
  if (text.length > MAX_TEXT_CHARS)
    return { code: "HW0005", message: `text of ${text.length} characters; the limit is ${MAX_TEXT_CHARS}` };
  if (shape.enum && !shape.enum.includes(text)) {
    const code = shape.enumCode ?? "HW0023";
    const allowed =
      code === "HW0061"
        ? "a rubric rule id"
        : `one of ${shape.enum.slice(0, 12).join(", ")}${shape.enum.length > 12 ? ", …" : ""}`;
    return {
      code,
      message: `"${text.slice(0, 80)}" is not ${allowed}${didYouMean(text, shape.enum, budget)}`,
    };
  }
  const kebab = shape.kebab || shape.defines !== undefined || shape.declares !== undefined;
  if (kebab && !isKebabId(text))
    return { code: "HW0024", message: `"${text.slice(0, 80)}" is not a kebab-case id (like "ci-runner-3")` };
  if (shape.pattern && !shape.pattern.test(text))
    return { code: "HW0023", message: `"${text.slice(0, 80)}" is not ${shape.patternName ?? "well formed"}` };
  return undefined;
}

/** "an integer" or "a number": what a number shape asks for. */
export function expectedNumber(shape: NumberShape): string {
  return shape.kind === "integer" ? "an integer" : "a number";
}

/** Whether a value is of the number shape's type (finite; whole for integers), before its range is checked. */
export function isNumberOfShape(value: unknown, shape: NumberShape): value is number {
  return (
    typeof value === "number" &&
    Number.isFinite(value) &&
    (shape.kind === "number" || Number.isInteger(value))
  );
}

/** `12 is outside 0..10` when the number is out of the shape's range, else undefined. */
export function rangeProblem(value: number, shape: NumberShape): string | undefined {
  if ((shape.min === undefined || value >= shape.min) && (shape.max === undefined || value <= shape.max))
    return undefined;
  return `${value} is outside ${shape.min ?? "-∞"}..${shape.max ?? "∞"}`;
}

/** `has 20001 items; the limit is 20000` when a list is longer than its shape allows, else undefined. */
export function lengthProblem(length: number, shape: Extract<Shape, { kind: "array" }>): string | undefined {
  return shape.max !== undefined && length > shape.max
    ? `has ${length} items; the limit is ${shape.max}`
    : undefined;
}

/** The fields of the form an action shape's selector value picks: the selector, the common and the form's own. */
export function formFields(shape: ActionShape, type: string): Fields | undefined {
  const form = Object.hasOwn(shape.forms, type) ? shape.forms[type] : undefined;
  if (!form) return undefined;
  return {
    [shape.selector ?? "do"]: { shape: { kind: "string" }, required: true },
    ...shape.common,
    ...form,
  };
}

/** Why a selector value names no form: refused here for a reason, or unknown (with a suggestion). */
export function unknownFormMessage(shape: ActionShape, type: unknown, budget?: SuggestionBudget): string {
  const text = typeof type === "string" ? type : String(type);
  if (typeof type === "string" && shape.excluded?.types.includes(type))
    return `${shape.excluded.reason}: "${type}"`;
  const what = shape.selector === undefined || shape.selector === "do" ? "action type" : shape.selector;
  return `unknown ${what} "${text.slice(0, 60)}"${didYouMean(text, Object.keys(shape.forms), budget)}`;
}

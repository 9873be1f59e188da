import { MAX_SIM_MINUTES } from "../engine/simTime";
import { DRILL_FILE_VERSION } from "./drillFileFormat";
import { KEBAB_ID } from "./kebabId";
import { DRILL_SHAPE } from "./shape/drillShape";
import { PLAY_SHAPE } from "./shape/playShape";
import { SCENARIO_SHAPE } from "./shape/scenarioShape";
import { type Fields, type Shape, selectorOf } from "./shape/shape";
import { MAX_TEXT_CHARS } from "./shape/valueProblems";

type JsonSchema = Record<string, unknown>;

const SPAN = "(\\d+d)?( ?\\d+h)?( ?\\d+:[0-5]\\d)?( ?\\d+m)?";
const UNIT = "(\\d+d|\\d+h|\\d+m|\\d+:[0-5]\\d)";
const TIME_PATTERN = `^(T\\+ ?(0+|${SPAN})|T- ?(0+|${UNIT}( \\+${SPAN})?)|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})$`;
const DURATION_PATTERN = `^${SPAN}$`;

function defName(name: string): string {
  return name.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());
}

class SchemaBuilder {
  /** `strict`: the schema of a JSON file read strictly (text only from strings, times as integer minutes). */
  constructor(private readonly strict = false) {}

  readonly defs: Record<string, JsonSchema> = {
    id: { description: "A kebab-case id, unique within its kind.", type: "string", pattern: KEBAB_ID.source },
  };

  build(shape: Shape): JsonSchema {
    switch (shape.kind) {
      case "lazy":
        return this.build(shape.get());
      case "string":
        return this.string(shape);
      case "integer":
      case "number": {
        const schema: JsonSchema = { type: shape.kind };
        if (shape.min !== undefined) schema.minimum = shape.min;
        if (shape.max !== undefined) schema.maximum = shape.max;
        return schema;
      }
      case "boolean":
        return { type: "boolean" };
      case "const":
        return { const: shape.value };
      case "time":
        if (this.strict) return { type: "integer", minimum: -MAX_SIM_MINUTES, maximum: MAX_SIM_MINUTES };
        this.defs.time ??= {
          description:
            "Sim minutes from T0, or T+45m, T+1:30, T+1d 6h, T-3d, T-3d +04:12 (3 days before T0, then 4 h 12 min on), or a date and time 2026-11-14 04:12 in the scenario's zone.",
          anyOf: [{ type: "integer" }, { type: "string", pattern: TIME_PATTERN }],
        };
        return { $ref: "#/$defs/time" };
      case "duration":
        if (this.strict) return { type: "integer", minimum: 0, maximum: MAX_SIM_MINUTES };
        this.defs.duration ??= {
          description: "Minutes, or 45m, 3h, 2d, 1d 6h.",
          anyOf: [
            { type: "integer", minimum: 0 },
            { type: "string", pattern: DURATION_PATTERN },
          ],
        };
        return { $ref: "#/$defs/duration" };
      case "array":
        return shape.max === undefined
          ? { type: "array", items: this.build(shape.items) }
          : { type: "array", items: this.build(shape.items), maxItems: shape.max };
      case "object":
        return this.object(shape.fields);
      case "keyed": {
        const name = defName(shape.name);
        if (!(name in this.defs)) {
          this.defs[name] = {};
          this.defs[name] = {
            description: `${shape.name}: a mapping with exactly one main key`,
            oneOf: Object.entries(shape.forms).map(([main, fields]) => this.object(fields, [main])),
          };
        }
        return { $ref: `#/$defs/${name}` };
      }
      case "action": {
        const selector = selectorOf(shape);
        return {
          type: "object",
          required: [selector],
          properties: { [selector]: { enum: Object.keys(shape.forms) } },
          oneOf: Object.entries(shape.forms).map(([type, fields]) => {
            const form = this.object({ ...shape.common, ...fields });
            form.properties = { [selector]: { const: type }, ...(form.properties as JsonSchema) };
            form.required = [selector, ...(form.required as string[])];
            return form;
          }),
        };
      }
      case "scalarMap":
        return { type: "object", additionalProperties: { type: ["string", "number", "boolean"] } };
    }
  }

  private string(shape: Extract<Shape, { kind: "string" }>): JsonSchema {
    let schema: JsonSchema = { type: "string" };
    if (shape.enumCode === "HW0061" && shape.enum) {
      this.defs.rubricRule ??= { description: "A rule id of RUBRIC.md.", enum: [...shape.enum] };
      schema = { $ref: "#/$defs/rubricRule" };
    } else if (shape.enum) schema = { enum: [...shape.enum] };
    else if (shape.defines || shape.kebab || shape.declares) schema = { $ref: "#/$defs/id" };
    else if (shape.pattern)
      schema = {
        type: "string",
        pattern: shape.pattern.source,
        description: `${shape.patternName ?? "text"}.`,
      };
    else if (shape.ref)
      schema = { type: "string", description: "The id of something defined in the scenario." };
    else if (this.strict) {
      this.defs.text ??= { description: "Text.", type: "string", maxLength: MAX_TEXT_CHARS };
      schema = { $ref: "#/$defs/text" };
    } else {
      this.defs.text ??= { description: "Text (a bare number is read as text).", type: ["string", "number"] };
      schema = { $ref: "#/$defs/text" };
    }
    return shape.orList ? { anyOf: [schema, { type: "array", items: schema }] } : schema;
  }

  private object(fields: Fields, alsoRequired: string[] = []): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required = [...alsoRequired];
    for (const [key, field] of Object.entries(fields)) {
      const property = this.build(field.shape);
      properties[key] = field.doc ? { ...property, description: field.doc } : property;
      if (field.required && !required.includes(key)) required.push(key);
    }
    return { type: "object", properties, required, additionalProperties: false };
  }
}

function schemaFor(shape: Shape, title: string, strict = false): JsonSchema {
  const builder = new SchemaBuilder(strict);
  const root = builder.build(shape);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title,
    ...root,
    $defs: builder.defs,
  };
}

/** The JSON Schema (draft 2020-12) of scenario files, generated from the shapes the validator reads with. */
export function scenarioJsonSchema(): JsonSchema {
  return schemaFor(SCENARIO_SHAPE, "Hotwash scenario (formatVersion 1)");
}

/** The JSON Schema (draft 2020-12) of play scripts, generated from the shapes the validator reads with. */
export function playJsonSchema(): JsonSchema {
  return schemaFor(PLAY_SHAPE, "Hotwash play script (formatVersion 1)");
}

/** The JSON Schema (draft 2020-12) of drill files (browser exports, autosaves, session files), from DRILL_SHAPE. */
export function drillJsonSchema(): JsonSchema {
  return schemaFor(DRILL_SHAPE, `Hotwash drill file (formatVersion ${DRILL_FILE_VERSION})`, true);
}

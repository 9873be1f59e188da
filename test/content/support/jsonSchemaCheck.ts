interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  $defs?: Record<string, Schema>;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * The subset of JSON Schema 2020-12 the generated scenario, play and drill schemas use ($ref, type, enum, const,
 * pattern, minimum/maximum, maxLength, maxItems, required, properties, additionalProperties, items, anyOf, oneOf):
 * the paths that fail.
 */
export function jsonSchemaErrors(root: Schema, value: unknown): string[] {
  const visit = (schema: Schema, v: unknown, path: string): string[] => {
    if (schema.$ref) {
      const target = root.$defs?.[schema.$ref.replace("#/$defs/", "")];
      return target ? visit(target, v, path) : [`${path}: unknown $ref ${schema.$ref}`];
    }
    const errors: string[] = [];
    if (schema.type) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const actual = typeOf(v);
      if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
        return [`${path}: expected ${types.join("|")}, got ${actual}`];
      }
    }
    if (schema.enum && !schema.enum.includes(v)) errors.push(`${path}: ${String(v)} not in enum`);
    if ("const" in schema && schema.const !== v) errors.push(`${path}: expected ${String(schema.const)}`);
    if (schema.pattern && typeof v === "string" && !new RegExp(schema.pattern, "u").test(v)) {
      errors.push(`${path}: "${v}" does not match ${schema.pattern}`);
    }
    if (typeof v === "number" && schema.minimum !== undefined && v < schema.minimum)
      errors.push(`${path}: below minimum`);
    if (typeof v === "number" && schema.maximum !== undefined && v > schema.maximum)
      errors.push(`${path}: above maximum`);
    if (schema.anyOf && !schema.anyOf.some((option) => visit(option, v, path).length === 0)) {
      errors.push(`${path}: matches no anyOf option`);
    }
    if (schema.oneOf) {
      const matching = schema.oneOf.filter((option) => visit(option, v, path).length === 0).length;
      if (matching !== 1) errors.push(`${path}: matches ${matching} oneOf options`);
    }
    if (typeOf(v) === "object") {
      const record = v as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}: missing ${key}`);
      for (const [key, child] of Object.entries(record)) {
        const property = schema.properties?.[key];
        if (property) errors.push(...visit(property, child, `${path}.${key}`));
        else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${key}`);
        else if (typeof schema.additionalProperties === "object") {
          errors.push(...visit(schema.additionalProperties, child, `${path}.${key}`));
        }
      }
    }
    if (typeof v === "string" && schema.maxLength !== undefined && v.length > schema.maxLength)
      errors.push(`${path}: longer than ${schema.maxLength}`);
    if (Array.isArray(v) && schema.maxItems !== undefined && v.length > schema.maxItems)
      errors.push(`${path}: more than ${schema.maxItems} items`);
    if (Array.isArray(v) && schema.items) {
      for (const [i, item] of v.entries()) errors.push(...visit(schema.items, item, `${path}[${i}]`));
    }
    return errors;
  };
  return visit(root, value, "$");
}

interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  $defs?: Record<string, Schema>;
}

/**
 * A small structural JSON Schema check for tests ($ref to $defs, type, enum, const, required, properties,
 * additionalProperties, items): returns the paths that do not fit.
 */
export function schemaErrors(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const typeOf = (v: unknown) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  const visit = (schema: Schema, v: unknown, path: string): void => {
    if (schema.$ref) {
      const name = schema.$ref.replace("#/$defs/", "");
      const target = root.$defs?.[name];
      if (target) visit(target, v, path);
      else errors.push(`${path}: unknown $ref ${schema.$ref}`);
      return;
    }
    if (schema.type) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const actual = typeOf(v);
      if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
        errors.push(`${path}: expected ${types.join("|")}, got ${actual}`);
        return;
      }
    }
    if (schema.enum && !schema.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    if ("const" in schema && schema.const !== v)
      errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: missing`);
      for (const [key, member] of Object.entries(record)) {
        const own = schema.properties?.[key];
        if (own) visit(own, member, `${path}.${key}`);
        else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
        else if (typeof schema.additionalProperties === "object")
          visit(schema.additionalProperties, member, `${path}.${key}`);
      }
    }
    if (Array.isArray(v) && schema.items)
      for (const [index, item] of v.entries()) visit(schema.items, item, `${path}[${index}]`);
  };
  visit(root, value, "$");
  return errors;
}

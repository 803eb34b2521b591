// Just enough of a JSON Schema (2020-12) validator to check the published schema against real files,
// the way a converter in another language would use it. It knows the keywords our generated schema
// uses and fails loudly on any other, so the test notices when generation starts using more.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema",
  "$id",
  "$defs",
  "$ref",
  "title",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "maxItems",
  "const",
  "enum",
  "anyOf",
  "oneOf",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "pattern",
  "format",
]);

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Error messages ("$.plan.title: maxLength"), empty when the value is valid. */
export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const check = (schema: Schema, v: unknown, path: string): boolean => {
    const before = errors.length;
    const fail = (what: string) => errors.push(`${path}: ${what}`);
    for (const k of Object.keys(schema))
      if (!KNOWN.has(k)) throw new Error(`unknown keyword ${k} at ${path}`);
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.replace("#/$defs/", "");
      const target = (root.$defs as Record<string, Schema>)[name];
      if (!target) throw new Error(`unresolved ${schema.$ref}`);
      check(target, v, path);
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const t = typeOf(v);
      if (!types.some((x) => x === t || (x === "number" && t === "integer"))) fail(`type ${types.join("|")}`);
    }
    if ("const" in schema && v !== schema.const) fail("const");
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) fail("enum");
    if (typeof v === "string") {
      const length = [...v].length; // JSON Schema counts code points
      if (typeof schema.minLength === "number" && length < schema.minLength) fail("minLength");
      if (typeof schema.maxLength === "number" && length > schema.maxLength) fail("maxLength");
      if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(v)) fail("pattern");
    }
    if (typeof v === "number") {
      if (typeof schema.minimum === "number" && v < schema.minimum) fail("minimum");
      if (typeof schema.maximum === "number" && v > schema.maximum) fail("maximum");
    }
    if (Array.isArray(v)) {
      if (typeof schema.maxItems === "number" && v.length > schema.maxItems) fail("maxItems");
      if (schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`));
    }
    if (typeOf(v) === "object") {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) fail(`required ${r}`);
      for (const [k, val] of Object.entries(obj)) {
        if (props[k]) check(props[k], val, `${path}.${k}`);
        else if (schema.additionalProperties === false) fail(`additional property ${k}`);
        else if (typeof schema.additionalProperties === "object") {
          check(schema.additionalProperties as Schema, val, `${path}[${JSON.stringify(k)}]`);
        }
        if (schema.propertyNames)
          check(schema.propertyNames as Schema, k, `${path} key ${JSON.stringify(k)}`);
      }
    }
    const branches = (list: unknown) =>
      (list as Schema[]).filter((s) => {
        const mark = errors.length;
        const ok = check(s, v, path);
        errors.length = mark;
        return ok;
      }).length;
    if (Array.isArray(schema.anyOf) && branches(schema.anyOf) === 0) fail("anyOf");
    if (Array.isArray(schema.oneOf) && branches(schema.oneOf) !== 1) fail("oneOf");
    return errors.length === before;
  };
  check(root, value, "$");
  return errors;
}

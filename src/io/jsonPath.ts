// A JSON path as a converter's author would read it (JSONPath notation, "$" is the whole file):
// $.plan.indicators[3].series["tra-cu"].plan["2023"]. Language-neutral, so shown as is.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = "$";
  for (const p of parts) {
    if (typeof p === "number") out += `[${p}]`;
    else {
      const key = String(p);
      out += IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

// The JSON stage of reading: the engine's own JSON.parse, with guards that cost an ordinary file
// next to nothing (the bench measures it):
// - keys "__proto__", "constructor" and "prototype" are refused. JSON.parse itself makes them own
//   properties, but any later Object.assign or merge could turn one into a prototype change. One
//   regular-expression pass decides whether the parsed value needs walking at all; a key spelled
//   with \u escapes also triggers the walk, so no spelling slips through;
// - nesting deeper than MAX_DEPTH is refused. A scan that skips strings with indexOf (no recursion)
//   finds it; it runs only when something has already failed (JSON.parse, the envelope, the schema),
//   because a file that passes the strict schema is at most 8 levels deep by construction, and
//   neither the unsafe-key walk nor zod recurses deeper than the schema;
// - a syntax error is located (offset, line, column) by our own scanner, since engines word and
//   place their messages differently.
import { MAX_DEPTH } from "./planFileFormat";
import type { PlanFileError } from "./planFileErrors";
import { jsonPath } from "./jsonPath";
import { jsonSyntaxErrorOffset, lineAndColumn } from "./jsonSyntaxError";

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: PlanFileError };

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Offset of the first "{" or "[" that opens a level deeper than `max`, or -1. */
export function tooDeepOffset(text: string, max: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = text.indexOf('"', i + 1);
      // A quote preceded by an odd number of backslashes is escaped: keep looking.
      while (j !== -1) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92 /* \ */) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j === -1) return -1; // an unterminated string: JSON.parse reports it
      i = j;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return -1;
}

const MAYBE_UNSAFE = /["\\](?:__proto__"|constructor"|prototype"|u00[0-7])/;

/**
 * Whether the text may hold an unsafe key: one written plainly, or any ASCII character written as a
 * \u escape (\u0000–\u007f), which ordinary writers never need for letters.
 */
export function mayHoldUnsafeKey(text: string): boolean {
  return MAYBE_UNSAFE.test(text);
}

/** The path of the first unsafe key in a parsed value, walking without recursion; null if none. */
export function findUnsafeKey(value: unknown): { key: string; path: string } | null {
  // Each entry knows its parent, so a path is built only for the key that is found.
  interface Node {
    v: unknown;
    key: string | number;
    parent: Node | null;
  }
  const pathOf = (node: Node | null, last: string): string => {
    const parts: (string | number)[] = [last];
    for (let n = node; n && n.parent; n = n.parent) parts.unshift(n.key);
    return jsonPath(parts);
  };
  const stack: Node[] = [{ v: value, key: "", parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.v;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, parent: node });
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      for (const key of keys) {
        if (UNSAFE_KEYS.has(key)) return { key, path: pathOf(node, key) };
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push({ v: (v as Record<string, unknown>)[key], key, parent: node });
      }
    }
  }
  return null;
}

/** The tooDeep error if the text nests deeper than `max`, else null. */
export function tooDeepError(text: string, max = MAX_DEPTH): PlanFileError | null {
  const deep = tooDeepOffset(text, max);
  return deep === -1 ? null : { kind: "tooDeep", limit: max, line: lineAndColumn(text, deep).line };
}

export function parseJsonSafely(text: string, maxDepth = MAX_DEPTH): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Some engines parse recursively and give up on deep nesting: say so rather than "not JSON".
    const deep = tooDeepError(text, maxDepth);
    if (deep) return { ok: false, error: deep };
    const offset = jsonSyntaxErrorOffset(text);
    return { ok: false, error: { kind: "notJson", offset, ...lineAndColumn(text, offset) } };
  }
  if (mayHoldUnsafeKey(text)) {
    const found = findUnsafeKey(value);
    if (found) return { ok: false, error: { kind: "unsafeKey", ...found } };
  }
  return { ok: true, value };
}

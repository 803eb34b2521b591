// Comparing Vietnamese text the way people search it: accents, đ and case ignored.

/** Accent- and case-insensitive form of a text, spaces collapsed: "Hợp  tác xã" → "hop tac xa". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The same data with every text (keys included) in Unicode NFC (DECISIONS.md: text is stored in
 * NFC). "Trà Vinh" typed on some keyboards, or pasted from a PDF, arrives decomposed (a + combining
 * grave): it looks the same but would neither match nor sort with the stored one. What is already
 * NFC is returned as it is, the same object, so the common case costs one walk and no copy.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === "string") return nfcText(value) as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item: unknown, i) => {
      const next = toNfc(item);
      if (next !== item) (out ??= value.slice())[i] = next;
    });
    return (out ?? value) as T;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  // Copied only from the first changed key on (a plan of 600,000 values is mostly NFC already).
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = obj[k];
    const key = nfcText(k);
    const next = toNfc(v);
    if (out === null && (key !== k || next !== v)) {
      out = {};
      for (const before of keys.slice(0, i)) define(out, before, obj[before]);
    }
    if (out !== null) define(out, key, next);
  }
  return (out ?? value) as T;
}

// A key named "__proto__" stays a plain key instead of replacing the object's prototype.
const define = (o: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * Characters below U+0300 are all their own NFC and none combines with the one before (combining
 * marks begin at U+0300): a text made only of them — every key and period of a plan, most of its
 * words — is returned without asking the normalizer.
 */
const MAY_CHANGE = /[\u0300-\uffff]/;

function nfcText(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize("NFC") : text;
}

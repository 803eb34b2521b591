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
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item: unknown, i) => {
      const next = toNfc(item);
      if (next !== item) (out ??= value.slice())[i] = next;
    });
    return (out ?? value) as T;
  }
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = k.normalize("NFC");
    const next = toNfc(v);
    if (key !== k || next !== v) changed = true;
    // A key named "__proto__" stays a plain key instead of replacing the object's prototype.
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return changed ? (out as T) : value;
}

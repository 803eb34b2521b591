// Comparing indicator names and codes across provinces' plans: Unicode NFC, lower case, accents and
// punctuation ignored, whitespace collapsed, and the sector's abbreviations spelled out, so that
// "Thành lập mới HTX" and "thành lập mới hợp tác xã" are the same name. "Thành lập mới" and "phát
// triển mới" are the two wordings the seed programmes use for founding new organisations.

import { foldText } from "../text";

export { foldText };

const SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/\blhhtx\b/g, "lien hiep hop tac xa"],
  [/\bhtx\b/g, "hop tac xa"],
  [/\btht\b/g, "to hop tac"],
  [/\bkttt\b/g, "kinh te tap the"],
  [/\bqtdnd\b/g, "quy tin dung nhan dan"],
  [/\bthanh lap moi\b/g, "phat trien moi"],
];

/** The key two indicator names are matched on. */
export function nameKey(name: string): string {
  let key = foldText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  for (const [re, full] of SYNONYMS) key = key.replace(re, full);
  return key;
}

/** The key two codes are matched on: "II.3." and "ii.3" are the same code. */
export function codeKey(code: string): string {
  return foldText(code).replace(/\s/g, "").replace(/\.$/, "");
}

/** Share of words two name keys have in common (Jaccard), 0 to 1. */
export function nameSimilarity(a: string, b: string): number {
  const ta = new Set(a.split(" ").filter(Boolean));
  const tb = new Set(b.split(" ").filter(Boolean));
  if (ta.size === 0 && tb.size === 0) return 1;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common += 1;
  return common / (ta.size + tb.size - common);
}

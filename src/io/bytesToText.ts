// First two stages of reading: the size limit, then bytes to text. A plan file is UTF-8; a byte
// order mark (which Windows editors add) is tolerated, invalid bytes are refused with their offset
// rather than silently turned into "�" — a damaged name would otherwise be stored as if typed.
import { MAX_FILE_BYTES } from "./planFileFormat";
import type { PlanFileError } from "./planFileErrors";

export type TextResult = { ok: true; text: string } | { ok: false; error: PlanFileError };

const BOM = "\uFEFF";

/** UTF-8 length of a string without encoding it (lone surrogates count as the 3 bytes of "�"). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i; // cut off at the end of the file
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function hasLoneSurrogate(text: string): boolean {
  const s = text as string & { isWellFormed?: () => boolean };
  if (typeof s.isWellFormed === "function") return !s.isWellFormed();
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Size limit, then decoding. A string input is checked for its UTF-8 size and well-formedness. */
export function bytesToText(input: Uint8Array | ArrayBuffer | string, limit = MAX_FILE_BYTES): TextResult {
  if (typeof input === "string") {
    // Most strings are far below the limit: count bytes only when the length alone cannot decide.
    if (input.length > limit || (input.length * 3 > limit && utf8Length(input) > limit)) {
      return { ok: false, error: { kind: "tooLarge", size: utf8Length(input), limit } };
    }
    if (hasLoneSurrogate(input)) {
      return { ok: false, error: { kind: "notUtf8", offset: firstLoneSurrogateOffset(input) } };
    }
    const text = input.startsWith(BOM) ? input.slice(1) : input;
    return text.trim() === "" ? { ok: false, error: { kind: "empty" } } : { ok: true, text };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > limit) {
    return { ok: false, error: { kind: "tooLarge", size: bytes.byteLength, limit } };
  }
  let text: string;
  try {
    text = decoder.decode(bytes); // removes a leading BOM
  } catch {
    return { ok: false, error: { kind: "notUtf8", offset: Math.max(0, firstInvalidUtf8(bytes)) } };
  }
  return text.trim() === "" ? { ok: false, error: { kind: "empty" } } : { ok: true, text };
}

function firstLoneSurrogateOffset(text: string): number {
  const m = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  return m ? utf8Length(text.slice(0, m.index)) : 0;
}

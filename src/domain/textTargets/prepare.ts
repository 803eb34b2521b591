// Getting pasted text ready to read: one Unicode form (NFC), HTML markup and scripts blanked out
// (kept at the same length, so every finding still points at its place in the text the planner
// sees), binary and oversized input refused, and a folded copy (no accents, lower case, đ → d) of
// exactly the same length that the rules match against.

/** Texts longer than this are refused: about 150 pages of a decision. */
export const MAX_TEXT_CHARS = 1_000_000;

export type PrepareNotice =
  | { code: "empty" }
  | { code: "tooLong"; chars: number; max: number }
  | { code: "binary"; at: number }
  | { code: "html" }
  | { code: "decomposed" }
  /** The reader itself stopped (the worker died): nothing was read. */
  | { code: "failed" };

export interface PreparedText {
  /** The text as shown and quoted (NFC, markup blanked). */
  text: string;
  /** Same length as `text`: accents removed, lower case, đ → d. */
  folded: string;
}

export type Prepared =
  { ok: true; prepared: PreparedText; notices: PrepareNotice[] } | { ok: false; notice: PrepareNotice };

const foldCache = new Map<string, string>();

/** One character folded to one character: "Ợ" → "o", "Đ" → "d"; others lower-cased when that keeps one unit. */
export function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const base = c.normalize("NFD").charAt(0);
    const lower = base === "đ" || base === "Đ" ? "d" : base.toLowerCase();
    f = lower.length === 1 ? lower : c;
    foldCache.set(c, f);
  }
  return f;
}

const foldedCodes = new Map<number, number>();

export function foldSameLength(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) codes[i] = code;
    else if (code < 0x5b) codes[i] = code + 32;
    else {
      let f = foldedCodes.get(code);
      if (f === undefined) {
        f = foldChar(String.fromCharCode(code)).charCodeAt(0);
        foldedCodes.set(code, f);
      }
      codes[i] = f;
    }
  }
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** Control characters other than tab and line breaks: a few mean binary data, not text. */
function firstBinaryAt(text: string): number {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) {
      if (first < 0) first = i;
      if (c === 0 || ++count > 8) return first;
    }
  }
  return -1;
}

const SPACES = (s: string) => s.replace(/[^\n]/g, " ");
const HTML_HINT = /<(?:!doctype|html|body|p|div|span|br|table|td|tr|li|ul|script|style|h[1-6]|a\s)[\s>/]/i;

/** Markup replaced by spaces of the same length: scripts and styles with their content, tags, and a
 * few entities. Nothing of it is ever run or rendered; the text is shown as text. */
export function blankMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, SPACES)
    .replace(/<!--[\s\S]*?-->/g, SPACES)
    .replace(/<\/?(?:p|div|br|li|tr|h[1-6])\b[^>]*>/gi, (m) => `\n${" ".repeat(m.length - 1)}`)
    .replace(/<\/?[a-z][^>]*>/gi, SPACES)
    .replace(/&nbsp;/g, "     \u00a0")
    .replace(/&amp;/g, "    &");
}

export function prepareText(raw: string): Prepared {
  if (raw.length > MAX_TEXT_CHARS)
    return { ok: false, notice: { code: "tooLong", chars: raw.length, max: MAX_TEXT_CHARS } };
  const binaryAt = firstBinaryAt(raw);
  if (binaryAt >= 0) return { ok: false, notice: { code: "binary", at: binaryAt } };
  const notices: PrepareNotice[] = [];
  let text = raw.normalize("NFC");
  if (text !== raw) notices.push({ code: "decomposed" });
  text = text.replace(/\r\n?/g, (m) => (m.length === 2 ? " \n" : "\n"));
  if (HTML_HINT.test(text)) {
    text = blankMarkup(text);
    notices.push({ code: "html" });
  }
  if (text.trim() === "") return { ok: false, notice: { code: "empty" } };
  return { ok: true, prepared: { text, folded: foldSameLength(text) }, notices };
}

// The cells of one worksheet part of an .xlsx, read straight from its XML in one pass: shared
// strings (rich text runs joined, phonetic guides left out), inline strings, numbers, booleans,
// error values, formulas' cached values. read-excel-file reads the same cells but took 1.4–2 s on a
// 2,000 × 40 sheet (its streaming XML parser), far over the import's 1.5 s budget; this reader takes
// a small fraction of that, and a unit test checks that both give the same cells.
import type { RawCell } from "./cellValue";
import { parseAddress } from "./workbook";

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes("&") && !s.includes("_x")) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
      if (e[0] !== "#") return ENTITY[e] ?? m;
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item (<si> or <is>): its <t> elements, without phonetic runs (<rPh>). */
function itemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1] as string;
  return unescapeXml(out);
}

export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
    out.push(m[1] === undefined ? "" : itemText(m[1]));
  return out;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

const attr = (tag: string, name: string): string | null => {
  const i = tag.indexOf(` ${name}="`);
  if (i < 0) return null;
  const start = i + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
};

/** Rows of cells, row 1 first, column A first; a row or cell not in the XML is empty. */
export function readSheetCells(xml: string, shared: readonly string[]): RawCell[][] {
  const filled: [number, RawCell[]][] = [];
  let last = -1;
  const data = /<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? "";
  let nextRow = 0;
  for (const rm of data.matchAll(ROW)) {
    const rAttr = attr(rm[1] as string, "r");
    const r = rAttr ? Number(rAttr) - 1 : nextRow;
    nextRow = r + 1;
    const body = rm[2];
    if (!body || !(r >= 0)) continue;
    const row: RawCell[] = [];
    let nextCol = 0;
    let blank = true;
    for (const cm of body.matchAll(CELL)) {
      const attrs = cm[1] as string;
      const ref = attr(attrs, "r");
      const c = ref ? (parseAddress(ref)?.c ?? nextCol) : nextCol;
      nextCol = c + 1;
      const inner = cm[2];
      if (!inner || c > 16383) continue;
      const type = attr(attrs, "t");
      let value: RawCell;
      if (type === "inlineStr") value = itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
      else {
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        if (v === undefined) continue;
        if (type === "s") value = shared[Number(v)] ?? null;
        else if (type === "str" || type === "e" || type === "d") value = unescapeXml(v);
        else if (type === "b") value = v === "1";
        else {
          const n = Number(v);
          value = v.trim() !== "" && Number.isFinite(n) ? n : unescapeXml(v);
        }
      }
      while (row.length < c) row.push(null);
      row[c] = value;
      if (value !== null && !(typeof value === "string" && value.trim() === "")) blank = false;
    }
    if (row.length === 0) continue;
    filled.push([r, row]);
    // A far-away row holding only blanks (a stray space at row 1,048,576) does not stretch the sheet.
    if (!blank) last = Math.max(last, r);
  }
  const rows: RawCell[][] = Array.from({ length: last + 1 }, () => []);
  for (const [r, row] of filled) if (r <= last) rows[r] = row;
  return rows;
}

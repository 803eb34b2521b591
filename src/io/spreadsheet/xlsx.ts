// Reading an .xlsx workbook inside the read worker (this module is loaded there on first use): the
// parts unpacked with fflate, the cells read from each sheet's XML (sheetXml.ts), and what a plain
// list of cells does not tell: merged cells (a year merged over KH | TH | % KH), hidden columns, cells formatted as
// percentages (Excel stores 5,5% as 0.055), and formulas saved without a value (a workbook written by
// a program that never calculated it) — such a cell shows its formula, so that the preview can name
// it instead of reading it as empty.
import { unzipSync, strFromU8, type UnzipFileInfo } from "fflate";
import { MAX_FILE_BYTES } from "../planFileFormat";
import type { RawCell } from "./cellValue";
import { readSharedStrings, readSheetCells, unescapeXml } from "./sheetXml";
import {
  MAX_CELLS,
  parseAddress,
  tidyRows,
  type CellRange,
  type SheetTable,
  type SpreadsheetRead,
} from "./workbook";

/** Unpacked parts beyond this size are refused (a "zip bomb" would fill the memory). */
const MAX_UNPACKED = 400 * 1024 * 1024;

interface SheetXmlFacts {
  hidden: number[];
  merges: CellRange[];
  /** Numeric cells to show as percentages, by "r,c". */
  percent: Set<string>;
  /** Formulas without a cached value, by "r,c": their formula text. */
  formulas: Map<string, string>;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] as string) : null;
};

/** Style indexes (cellXfs order) whose number format is a percentage. */
function percentStyles(stylesXml: string): Set<number> {
  const custom = new Map<string, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = attr(m[0], "numFmtId");
    const code = attr(m[0], "formatCode");
    if (id && code) custom.set(id, unescapeXml(code));
  }
  const isPercent = (id: string) => {
    if (id === "9" || id === "10") return true;
    const code = custom.get(id);
    return code !== undefined && /%/.test(code.replace(/"[^"]*"/g, "").replace(/\\%/g, ""));
  };
  const out = new Set<number>();
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  let i = 0;
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    if (isPercent(attr(m[0], "numFmtId") ?? "0")) out.add(i);
    i++;
  }
  return out;
}

function sheetFacts(xml: string, percentStyle: ReadonlySet<number>): SheetXmlFacts {
  const hidden: number[] = [];
  for (const m of xml.matchAll(/<col\b[^>]*>/g)) {
    if (!/\bhidden="(1|true)"/.test(m[0])) continue;
    const min = Number(attr(m[0], "min"));
    const max = Math.min(Number(attr(m[0], "max")), min + 16384);
    for (let c = min; c <= max; c++) hidden.push(c - 1);
  }
  const merges: CellRange[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = parseAddress(m[1] as string);
    const b = parseAddress(m[2] as string);
    if (a && b) merges.push({ r0: a.r, c0: a.c, r1: b.r, c1: b.c });
  }
  const percent = new Set<string>();
  const formulas = new Map<string, string>();
  const scanPercent = percentStyle.size > 0;
  const scanFormulas = xml.includes("<f");
  if (scanPercent || scanFormulas) {
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = m[1] as string;
      const body = m[2] ?? "";
      const ref = attr(attrs, "r");
      const at = ref ? parseAddress(ref) : null;
      if (!at) continue;
      const key = `${at.r},${at.c}`;
      const type = attr(attrs, "t");
      if (scanPercent && (type === null || type === "n") && percentStyle.has(Number(attr(attrs, "s") ?? -1)))
        percent.add(key);
      if (scanFormulas && body.includes("<f") && !body.includes("<v")) {
        const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
        formulas.set(key, `=${unescapeXml(f ?? "")}`);
      }
    }
  }
  return { hidden, merges, percent, formulas };
}

/** "5,5%" from 0.055: the percentage written the Vietnamese way, read back by readCell. */
function percentText(n: number): string {
  const v = Math.round(n * 100 * 1e9) / 1e9;
  return `${String(v).replace(".", ",")}%`;
}

function applyFacts(rows: RawCell[][], facts: SheetXmlFacts): void {
  for (const key of facts.percent) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const cell = rows[r]?.[c];
    if (typeof cell === "number") (rows[r] as RawCell[])[c] = percentText(cell);
  }
  for (const [key, formula] of facts.formulas) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    while (rows.length <= r) rows.push([]);
    const row = rows[r] as RawCell[];
    while (row.length <= c) row.push(null);
    if (row[c] === null || row[c] === undefined) row[c] = formula;
  }
}

/** The sheets' names, in the workbook's order. */
function sheetNames(workbook: string): string[] {
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => unescapeXml(attr(m[0], "name") ?? ""));
}

/** The sheets' XML part names, in the workbook's order. */
function sheetParts(files: Record<string, Uint8Array>): string[] {
  const workbook = strFromU8(files["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => targets.get(attr(m[0], "r:id") ?? "") ?? "");
}

/** Read an .xlsx file's bytes. Never throws. */
export async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetRead> {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, error: { kind: "tooLarge", size: bytes.length, limit: MAX_FILE_BYTES } };
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  let names: string[] = [];
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        names.push(f.name);
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED) throw new RangeError("unpacked");
        return /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
          f.name,
        );
      },
    });
  } catch (e) {
    if (e instanceof RangeError)
      return { ok: false, error: { kind: "tooLarge", size: unpacked, limit: MAX_UNPACKED } };
    return { ok: false, error: { kind: "damaged", reason: "zip" } };
  }
  names = names.map((n) => n.toLowerCase());
  if (names.includes("xl/workbook.bin"))
    return { ok: false, error: { kind: "otherSpreadsheet", format: "xlsb" } };
  if (names.includes("content.xml") && names.includes("mimetype"))
    return { ok: false, error: { kind: "otherSpreadsheet", format: "ods" } };
  if (!files["xl/workbook.xml"]) return { ok: false, error: { kind: "notSpreadsheet" } };
  const parts = sheetParts(files);
  const styles = percentStyles(strFromU8(files["xl/styles.xml"] ?? new Uint8Array()));
  const shared = readSharedStrings(strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array()));
  const titles = sheetNames(strFromU8(files["xl/workbook.xml"]));
  const out: SheetTable[] = [];
  let cells = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const xml = part && files[part] ? strFromU8(files[part]) : "";
    const facts = sheetFacts(xml, styles);
    const data = readSheetCells(xml, shared);
    applyFacts(data, facts);
    const { rows, width } = tidyRows(data);
    cells += rows.length * width;
    if (cells > MAX_CELLS) break;
    out.push({
      name: titles[i] ?? `Sheet${i + 1}`,
      rows,
      width,
      hidden: facts.hidden.filter((c) => c < width),
      merges: facts.merges,
    });
  }
  if (cells > MAX_CELLS) return { ok: false, error: { kind: "tooLarge", size: cells, limit: MAX_CELLS } };
  if (out.every((s) => s.rows.length === 0)) return { ok: false, error: { kind: "empty" } };
  return { ok: true, format: "xlsx", sheets: out };
}

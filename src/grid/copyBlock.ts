// Copying a block of the grid as tab-separated text that Excel, LibreOffice and Google Sheets paste
// as cells: values in the interface language as the grid would read them back (full precision, no
// estimate mark), group headings left out as they are when pasting. A cell holding a tab, a line
// break or a leading quote is wrapped in quotes, inner quotes doubled, as Excel does.
import type { GridRow } from "./rows";
import type { Rect } from "./selection";

export function quoteCell(text: string): string {
  if (/[\t\n\r]/.test(text) || text.startsWith('"')) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function toTsv(block: readonly (readonly string[])[]): string {
  return block.map((row) => row.map(quoteCell).join("\t")).join("\n");
}

/** The text of the block `rect` of `rows` × `colIds`, and how many cells it holds. */
export function copyBlockText(
  rows: readonly GridRow[],
  colIds: readonly string[],
  rect: Rect,
): { text: string; cells: number } {
  const block: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = rows[r];
    if (!row || row.type !== "indicator") continue;
    const line: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const id = colIds[c];
      line.push(id ? (row.cells[id]?.copy ?? "") : "");
    }
    block.push(line);
  }
  return { text: toTsv(block), cells: block.reduce((n, line) => n + line.length, 0) };
}

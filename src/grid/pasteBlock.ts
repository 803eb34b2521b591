// Pasting a block copied from Excel, LibreOffice or Google Sheets: their text/plain is rows split by
// a newline and cells by a tab; a cell holding a tab, a newline or a quote comes wrapped in quotes
// with inner quotes doubled; Excel ends the block with a newline. The block is laid from the focused
// cell over the displayed rows (group headings skipped, as they are not data) and columns; one
// value copied onto a larger selection fills the selection, as in Excel.
import type { CellPos, Rect } from "./selection";

/** Split clipboard text into rows of cells. */
export function parseBlock(text: string): string[][] {
  if (text === "") return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      row.push(quoted.value);
      i = quoted.end;
    } else {
      // Unquoted, or a quote that never closes before the cell ends: taken as it is.
      let j = i;
      while (j < n && text[j] !== "\t" && text[j] !== "\n" && text[j] !== "\r") j++;
      row.push(text.slice(i, j));
      i = j;
    }
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === "\t") {
      i += 1;
      continue;
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    rows.push(row);
    row = [];
    // A final line break (Excel, LibreOffice) does not start another row.
    if (i >= n) break;
  }
  return rows;
}

/** A quoted cell from `start` (a quote): its value and the index after the closing quote, if the
 * closing quote ends the cell. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      if (after === undefined || after === "\t" || after === "\n" || after === "\r")
        return { value, end: i + 1 };
      return null;
    }
    value += c;
    i += 1;
  }
  return null;
}

export interface PastePos extends CellPos {
  text: string;
}

export interface BlockPlacement {
  cells: PastePos[];
  /** Cells of the block that fell beyond the last row or column. */
  clipped: number;
}

/**
 * Lay a block on the grid from `at`. `isDataRow(r)` tells which displayed rows take values (group
 * headings do not). A 1×1 block with a larger selection `fill` fills every cell of it.
 */
export function placeBlock(
  block: readonly (readonly string[])[],
  at: CellPos,
  rowCount: number,
  colCount: number,
  isDataRow: (row: number) => boolean,
  fill?: Rect,
): BlockPlacement {
  const cells: PastePos[] = [];
  const single = block.length === 1 && block[0]?.length === 1;
  if (single && fill && (fill.bottom > fill.top || fill.right > fill.left)) {
    const text = block[0]?.[0] ?? "";
    for (let row = fill.top; row <= fill.bottom; row++) {
      if (!isDataRow(row)) continue;
      for (let col = fill.left; col <= fill.right; col++) cells.push({ row, col, text });
    }
    return { cells, clipped: 0 };
  }
  let clipped = 0;
  let row = at.row;
  for (const line of block) {
    while (row < rowCount && !isDataRow(row)) row++;
    if (row >= rowCount) {
      clipped += line.length;
      continue;
    }
    line.forEach((text, k) => {
      const col = at.col + k;
      if (col >= colCount) clipped += 1;
      else cells.push({ row, col, text });
    });
    row++;
  }
  return { cells, clipped };
}

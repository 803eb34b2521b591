// A spreadsheet read for the mapping step is large (a 2,000 × 40 sheet: every cell, and a preview
// line per row — megabytes of objects). Sent in one message, the page would spend a long task
// unpacking it and freeze; sent in parts of a few hundred rows, each part is a short task of its
// own. The worker splits (`splitSheetRead`), the page joins (`SheetReadJoiner`); joined, it is the
// read the worker made.
import type { RawCell } from "../spreadsheet/cellValue";
import type { PreviewLine, PreviewProblem } from "../spreadsheet/preview";
import type { SheetForMapping } from "../spreadsheet/readForMapping";

/** Rows (or preview lines, or problems) in one part. */
export const ROWS_PER_PART = 250;

export type SheetPart =
  | { what: "rows"; sheet: number; rows: RawCell[][] }
  | { what: "lines"; lines: PreviewLine[] }
  | { what: "problems"; problems: PreviewProblem[] };

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The read without its long lists (`head`), and the lists in parts, in order. */
export function splitSheetRead(
  read: SheetForMapping,
  size = ROWS_PER_PART,
): { head: SheetForMapping; parts: SheetPart[] } {
  const parts: SheetPart[] = [];
  let head = read;
  if (read.read.ok) {
    const sheets = read.read.sheets.map((s, sheet) => {
      for (const rows of chunks(s.rows, size)) parts.push({ what: "rows", sheet, rows });
      return { ...s, rows: [] };
    });
    head = { ...head, read: { ...read.read, sheets } };
  }
  if (read.proposal) {
    const { preview } = read.proposal;
    for (const lines of chunks(preview.lines, size)) parts.push({ what: "lines", lines });
    for (const problems of chunks(preview.problems, size)) parts.push({ what: "problems", problems });
    head = { ...head, proposal: { ...read.proposal, preview: { ...preview, lines: [], problems: [] } } };
  }
  return { head, parts };
}

/** Collects the parts of one read as they arrive; `join` puts them back into the head. */
export class SheetReadJoiner {
  private readonly parts: SheetPart[] = [];

  add(part: SheetPart): void {
    this.parts.push(part);
  }

  join(head: SheetForMapping): SheetForMapping {
    const sheets = head.read.ok ? head.read.sheets.map((s) => ({ ...s, rows: [...s.rows] })) : [];
    const lines: PreviewLine[] = [];
    const problems: PreviewProblem[] = [];
    for (const p of this.parts) {
      if (p.what === "rows") sheets[p.sheet]?.rows.push(...p.rows);
      else if (p.what === "lines") lines.push(...p.lines);
      else problems.push(...p.problems);
    }
    const read = head.read.ok ? { ...head.read, sheets } : head.read;
    const proposal = head.proposal && {
      ...head.proposal,
      preview: { ...head.proposal.preview, lines, problems },
    };
    return { read, proposal };
  }
}

// Rows pasted into the grid (read by grid/pastedRows.ts) that name indicators the plan does not
// have: counted, and turned into a one-sheet table for the same mapping step as a file.
import type { Plan } from "../../domain/schema";
import { nameKey } from "../../domain/sharing/nameKey";
import { readCell } from "../../io/spreadsheet/cellValue";
import { tidyRows, type SheetTable } from "../../io/spreadsheet/workbook";

/** The name of a pasted row: its first cell with words that is not a value. */
function nameOf(row: readonly string[]): string | null {
  for (const cell of row.slice(0, 3)) {
    if (/\p{L}{2,}/u.test(cell) && readCell(cell).kind === "problem") return cell;
  }
  return null;
}

/** How many pasted rows name an indicator the plan does not have. */
export function newIndicatorRows(rows: readonly string[][], plan: Pick<Plan, "indicators">): number {
  const known = new Set(plan.indicators.map((i) => nameKey(i.name)));
  return rows.filter((row) => {
    const name = nameOf(row);
    return name !== null && !known.has(nameKey(name));
  }).length;
}

/** The pasted rows as a one-sheet table for the mapping step. */
export function pastedTable(rows: string[][], name: string): SheetTable {
  const tidy = tidyRows(rows);
  return { name, rows: tidy.rows, width: tidy.width, hidden: [], merges: [] };
}

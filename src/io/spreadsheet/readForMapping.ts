// What the read worker hands the mapping step: the file read, and the mapping recognised with the
// preview it gives — worked out in the worker, so that a 2,000-row sheet never holds up the page.
// The page redoes the preview only when the planner changes the mapping.
import type { CsvEncoding } from "./csv";
import { proposeMapping, type SheetMapping } from "./headers";
import { previewSheet, type SheetPreview } from "./preview";
import { readSpreadsheet } from "./readSpreadsheet";
import type { SpreadsheetRead } from "./workbook";

export interface SheetForMapping {
  read: SpreadsheetRead;
  /** The mapping recognised and its preview; null when the file could not be read. */
  proposal: { mapping: SheetMapping; preview: SheetPreview } | null;
}

export async function readForMapping(
  name: string,
  bytes: Uint8Array,
  encoding: CsvEncoding | null = null,
): Promise<SheetForMapping> {
  const read = await readSpreadsheet(name, bytes, encoding);
  if (!read.ok) return { read, proposal: null };
  const mapping = proposeMapping(read.sheets);
  const sheet = read.sheets[mapping.sheet];
  return { read, proposal: sheet ? { mapping, preview: previewSheet(sheet, mapping) } : null };
}

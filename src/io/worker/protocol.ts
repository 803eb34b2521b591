// Messages between the page and the read worker. The file's bytes are transferred, not copied.
import type { Plan } from "../../domain/schema";
import type { CsvEncoding } from "../spreadsheet/csv";
import type { SheetForMapping } from "../spreadsheet/readForMapping";
import type { FileRead } from "./readForImport";
import type { SheetPart } from "./sheetParts";

export type ToWorker =
  | { type: "read"; id: number; name: string; bytes: ArrayBuffer }
  | { type: "plan"; id: number; token: string }
  | { type: "sheet"; id: number; name: string; bytes: ArrayBuffer; encoding: CsvEncoding | null }
  | { type: "release"; tokens: string[] };

export type FromWorker =
  | { type: "read"; id: number; read: FileRead }
  | { type: "plan"; id: number; plan: Plan | null }
  /** A spreadsheet read comes in parts (sheetParts.ts), then its head: the answer. */
  | { type: "sheetPart"; id: number; part: SheetPart }
  | { type: "sheet"; id: number; read: SheetForMapping };

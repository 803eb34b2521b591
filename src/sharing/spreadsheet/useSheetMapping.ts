// The mapping step's state: the file read in the worker (again when the planner picks another CSV
// encoding), the mapping recognised or remembered, the planner's changes to it, each row's unit and
// kind (remembered, said by the sheet, or guessed), the fixes typed for unreadable cells.
import { useEffect, useMemo, useState } from "react";
import { nameKey } from "../../domain/sharing/nameKey";
import type { CsvEncoding } from "../../io/spreadsheet/csv";
import { guessKind, guessUnit } from "../../io/spreadsheet/guess";
import {
  classifyColumns,
  headerSignature,
  proposeSheetMapping,
  proposeMapping,
  type ColumnRole,
  type SheetMapping,
} from "../../io/spreadsheet/headers";
import { previewSheet, type SheetPreview } from "../../io/spreadsheet/preview";
import type { SheetForMapping } from "../../io/spreadsheet/readForMapping";
import type { SheetTable, SpreadsheetRead } from "../../io/spreadsheet/workbook";
import { createPlanFileReader } from "../../io/worker/planFileReader";
import { remember, rememberedFor, type RememberedMapping } from "./rememberedMapping";
import type { RowState } from "./PreviewTable";

export interface SheetMappingState {
  read: SpreadsheetRead | null;
  encoding: CsvEncoding | null;
  setEncoding: (e: CsvEncoding) => void;
  sheets: readonly SheetTable[];
  mapping: SheetMapping | null;
  remembered: boolean;
  setSheet: (i: number) => void;
  setHeader: (row: number, rows: 1 | 2) => void;
  setColumn: (c: number, role: ColumnRole) => void;
  preview: SheetPreview | null;
  rows: ReadonlyMap<number, RowState>;
  setRow: (row: number, patch: Partial<RowState>) => void;
  fixes: Readonly<Record<string, string>>;
  setFix: (address: string, text: string) => void;
  /** Remember the confirmed mapping for the next file with the same headers. */
  keep: () => void;
}

function withRemembered(
  sheets: readonly SheetTable[],
  m: SheetMapping,
): { mapping: SheetMapping; saved: RememberedMapping | null } {
  const sheet = sheets[m.sheet];
  if (!sheet) return { mapping: m, saved: null };
  const saved = rememberedFor(headerSignature(sheet, m.headerRow, m.headerRows));
  if (!saved || saved.headerRow >= sheet.rows.length) return { mapping: m, saved: null };
  return {
    mapping: { ...m, headerRow: saved.headerRow, headerRows: saved.headerRows, columns: saved.columns },
    saved,
  };
}

/** A file to read in the worker, or rows pasted into the grid (already a table). */
export type SheetSource = { file: File } | { table: SheetTable };

export function useSheetMapping(source: SheetSource): SheetMappingState {
  const [reader] = useState(() => createPlanFileReader());
  useEffect(() => () => reader.close(), [reader]);
  const [read, setRead] = useState<SpreadsheetRead | null>(null);
  const [forced, setForced] = useState<CsvEncoding | null>(null);
  const [mapping, setMapping] = useState<SheetMapping | null>(null);
  const [saved, setSaved] = useState<RememberedMapping | null>(null);
  const [overrides, setOverrides] = useState<Map<number, Partial<RowState>>>(new Map());
  const [fixes, setFixes] = useState<Record<string, string>>({});
  const [first, setFirst] = useState<SheetForMapping["proposal"]>(null);

  useEffect(() => {
    let live = true;
    setRead(null);
    if ("table" in source) {
      const sheets = [source.table];
      const m = proposeMapping(sheets);
      setRead({ ok: true, format: "csv", encoding: "utf-8", sheets });
      setFirst(null);
      setMapping(m);
      setSaved(null);
      return;
    }
    const file = source.file;
    void file
      .arrayBuffer()
      .then((bytes) => reader.readSheet(file.name, bytes, forced))
      .catch((): SheetForMapping => ({
        read: { ok: false, error: { kind: "damaged", reason: "read" } },
        proposal: null,
      }))
      .then(({ read: r, proposal }) => {
        if (!live) return;
        setRead(r);
        if (r.ok && proposal) {
          const found = withRemembered(r.sheets, proposal.mapping);
          setFirst(found.saved ? null : proposal);
          setMapping(found.mapping);
          setSaved(found.saved);
        }
      });
    return () => {
      live = false;
    };
  }, [source, reader, forced]);

  const sheets = read?.ok ? read.sheets : [];
  const sheet = mapping ? sheets[mapping.sheet] : undefined;
  const preview = useMemo(() => {
    // The worker's preview serves as long as the mapping is the one it was made for.
    if (first && first.mapping === mapping && Object.keys(fixes).length === 0) return first.preview;
    return sheet && mapping ? previewSheet(sheet, mapping, fixes) : null;
  }, [first, sheet, mapping, fixes]);

  const rows = useMemo(() => {
    const out = new Map<number, RowState>();
    for (const line of preview?.lines ?? []) {
      if (line.kind !== "indicator") continue;
      const known = saved?.rows[nameKey(line.name)];
      let base: RowState;
      if (known) base = { include: true, ...known, guessed: false };
      else {
        const u = guessUnit(line.unitText, line.name);
        const k = guessKind(line, u.unit);
        base = { include: true, unit: u.unit, factor: u.factor, kind: k.kind, guessed: !(u.sure && k.sure) };
      }
      out.set(line.row, { ...base, ...overrides.get(line.row) });
    }
    return out;
  }, [preview, saved, overrides]);

  const reset = () => {
    setOverrides(new Map());
    setFixes({});
  };
  return {
    read,
    encoding: read?.ok && read.format === "csv" && "file" in source ? read.encoding : null,
    setEncoding: setForced,
    sheets,
    mapping,
    remembered: saved !== null,
    setSheet: (i) => {
      const s = sheets[i];
      if (!s) return;
      const m = proposeSheetMapping(s, i);
      const found = withRemembered(sheets, m);
      setMapping(found.mapping);
      setSaved(found.saved);
      reset();
    },
    setHeader: (headerRow, headerRows) => {
      if (!sheet || !mapping) return;
      setMapping({
        ...mapping,
        headerRow,
        headerRows,
        columns: classifyColumns(sheet, headerRow, headerRows),
      });
      reset();
    },
    setColumn: (c, role) => {
      if (!mapping) return;
      const columns = mapping.columns.slice();
      while (columns.length <= c) columns.push({ role: "ignore" });
      // One name column: choosing another makes the old one left out.
      if (role.role === "name")
        columns.forEach((r, i) => r.role === "name" && (columns[i] = { role: "ignore" }));
      columns[c] = role;
      setMapping({ ...mapping, columns });
    },
    preview,
    rows,
    setRow: (row, patch) => setOverrides((prev) => new Map(prev).set(row, { ...prev.get(row), ...patch })),
    fixes,
    setFix: (address, text) =>
      setFixes((prev) => (prev[address] === text ? prev : { ...prev, [address]: text })),
    keep: () => {
      if (!sheet || !mapping || !preview) return;
      const kept: RememberedMapping["rows"] = { ...saved?.rows };
      for (const line of preview.lines) {
        const s = line.kind === "indicator" ? rows.get(line.row) : undefined;
        if (s && line.kind === "indicator")
          kept[nameKey(line.name)] = { unit: s.unit, factor: s.factor, kind: s.kind };
      }
      remember(headerSignature(sheet, mapping.headerRow, mapping.headerRows), {
        headerRow: mapping.headerRow,
        headerRows: mapping.headerRows,
        columns: mapping.columns,
        rows: kept,
        at: new Date().toISOString(),
      });
    },
  };
}

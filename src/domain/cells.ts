// One value of a series addressed by a key, so that an edit, a stored record, a note and a merge
// all speak of "the same cell": "baseline", "total", "plan:2021", "actual:2021-H1".
import type { Actual, Series, Target } from "./schema";

export type CellValue = number | Target | Actual;

export type CellRef =
  | { kind: "baseline" }
  | { kind: "total" }
  | { kind: "plan"; year: string }
  | { kind: "actual"; period: string };

export function cellKey(ref: CellRef): string {
  switch (ref.kind) {
    case "baseline":
    case "total":
      return ref.kind;
    case "plan":
      return `plan:${ref.year}`;
    case "actual":
      return `actual:${ref.period}`;
  }
}

// Keys repeat (every series has "plan:2021"…): reading a large plan parses the same few keys a
// million times, so the results are kept. They are frozen: callers only read them.
const parsedCellKeys = new Map<string, CellRef | null>();

function parseCellKeyOnce(key: string): CellRef | null {
  if (key === "baseline" || key === "total") return { kind: key };
  const m = /^(plan|actual):(\d{4}(?:-H[12])?)$/.exec(key);
  if (!m) return null;
  if (m[1] === "plan") return /^\d{4}$/.test(m[2] as string) ? { kind: "plan", year: m[2] as string } : null;
  return { kind: "actual", period: m[2] as string };
}

export function parseCellKey(key: string): CellRef | null {
  let ref = parsedCellKeys.get(key);
  if (ref === undefined) {
    ref = parseCellKeyOnce(key);
    if (ref) Object.freeze(ref);
    if (parsedCellKeys.size < 10_000) parsedCellKeys.set(key, ref);
  }
  return ref;
}

export function emptySeries(): Series {
  return { baseline: null, total: null, plan: {}, actual: {}, notes: {} };
}

export function getCell(s: Series | undefined, key: string): CellValue | null {
  if (!s) return null;
  const ref = parseCellKey(key);
  if (!ref) return null;
  switch (ref.kind) {
    case "baseline":
      return s.baseline;
    case "total":
      return s.total;
    case "plan":
      return s.plan[ref.year] ?? null;
    case "actual":
      return s.actual[ref.period] ?? null;
  }
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** A new series with one cell set (null clears it). The caller has validated the value's shape. */
export function setCell(s: Series, key: string, value: CellValue | null): Series {
  const ref = parseCellKey(key);
  if (!ref) return s;
  switch (ref.kind) {
    case "baseline":
      return { ...s, baseline: value as number | null };
    case "total":
      return { ...s, total: value as Target | null };
    case "plan":
      return {
        ...s,
        plan: value === null ? without(s.plan, ref.year) : { ...s.plan, [ref.year]: value as Target },
      };
    case "actual":
      return {
        ...s,
        actual:
          value === null ? without(s.actual, ref.period) : { ...s.actual, [ref.period]: value as Actual },
      };
  }
}

export function setNote(s: Series, key: string, note: string | null): Series {
  return { ...s, notes: note === null || note === "" ? without(s.notes, key) : { ...s.notes, [key]: note } };
}

/** Every filled cell of a series as [key, value] — for stored records, diffs and merges. */
export function listCells(s: Series): [string, CellValue][] {
  const out: [string, CellValue][] = [];
  if (s.baseline !== null) out.push(["baseline", s.baseline]);
  if (s.total) out.push(["total", s.total]);
  for (const [y, t] of Object.entries(s.plan)) out.push([`plan:${y}`, t]);
  for (const [p, a] of Object.entries(s.actual)) out.push([`actual:${p}`, a]);
  return out;
}

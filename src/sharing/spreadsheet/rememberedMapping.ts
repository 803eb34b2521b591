// A mapping the planner confirmed is remembered for the next file with the same headers (a province
// receives the same sheet from every commune), with the unit and kind confirmed for each indicator
// name. Kept in this browser's localStorage; a store that is full or refused is simply not used.
import type { IndicatorKind, Unit } from "../../domain/schema";
import type { ColumnRole } from "../../io/spreadsheet/headers";

const KEY = "htx-plan:sheet-mappings";
const MAX_KEPT = 30;

export interface RememberedMapping {
  headerRow: number;
  headerRows: 1 | 2;
  columns: ColumnRole[];
  /** Confirmed unit, money factor and kind by indicator name key. */
  rows: Record<string, { unit: Unit; factor: number; kind: IndicatorKind }>;
  at: string;
}

type Store = Record<string, RememberedMapping>;

function load(): Store {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === "object" ? (parsed as Store) : {};
  } catch {
    return {};
  }
}

export function rememberedFor(signature: string): RememberedMapping | null {
  const m = load()[signature];
  return m && Array.isArray(m.columns) && typeof m.headerRow === "number" ? m : null;
}

export function remember(signature: string, mapping: RememberedMapping): void {
  const store = load();
  store[signature] = mapping;
  const kept = Object.entries(store)
    .sort((a, b) => b[1].at.localeCompare(a[1].at))
    .slice(0, MAX_KEPT);
  try {
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Full or refused: the next file is recognised from its headers again.
  }
}

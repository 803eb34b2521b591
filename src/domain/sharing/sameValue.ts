// Equality of stored values, independent of key order or of how a file spelled an absent field:
// two versions of a plan "differ" only where a planner would see a different value.
import type { CellValue } from "../cells";
import type { Actual, Target } from "../schema";
import { targetsEqual } from "../targets";

function isActual(v: CellValue): v is Actual {
  return typeof v === "object" && "status" in v;
}

export function sameCell(a: CellValue | null | undefined, b: CellValue | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === "number" || typeof b === "number") return a === b;
  if (isActual(a) || isActual(b)) {
    if (!isActual(a) || !isActual(b)) return false;
    return (
      a.value === b.value &&
      a.status === b.status &&
      a.numerator === b.numerator &&
      a.denominator === b.denominator
    );
  }
  return targetsEqual(a as Target, b as Target);
}

/** Deep equality of plain data (details, indicator and task fields): objects compared key by key. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

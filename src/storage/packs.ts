// Packs: each indicator's series kept also as ONE record, so that a large plan opens from a few
// hundred records instead of tens of thousands (a province of 120 indicators × 170 communes is
// 20,400 series records: 1.6–2.5 s to read, against 0.3–0.4 s for 120 packs — docs/architecture.md).
// The series records stay the truth every write changes; a pack is a copy that is only read while
// it is certain to be the same:
// - every write of a series record deletes its indicator's pack in the same transaction (the
//   middleware below, for every transaction and every way of writing: nothing can forget it);
// - a pack is written only in a transaction that reads those series itself (`buildPacks`), or
//   beside the series it copies (a whole plan written at once, library.ts).
// (`buildPacks` is in packWrites.ts: this file is part of the database's own set-up, db.ts.)
// So a pack present is the series as stored; an indicator without one is read from its series.
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTransaction, Middleware } from "dexie";
import { planRange } from "./keyRanges";
import type { Actual, Series, Target } from "../domain/schema";
import { seriesByIndicator, type SeriesRecord } from "./planRecords";

export interface PackRecord {
  planId: string;
  indicatorId: string;
  /** JSON of the indicator's series records without planId and indicatorId (parsing is faster). */
  series: string;
  /** The layout of `series`: a pack of another layout is not read (its series are), so packs can change. */
  layout: number;
}

export const PACK_LAYOUT = 2;

/** A pack this version reads. */
export const readable = (pack: PackRecord): boolean => pack.layout === PACK_LAYOUT;

// Layout 2: one array per series, [area, updatedAt, baseline, total, plan, actual, notes], and the
// commonest values without their keys — a target "exact" as its number, a final actual as its
// number, an estimate as [number] — about a third of the text of the series as stored, which is
// what reading a pack costs (layout 1 was the series records as they are).
type Packed = [
  string,
  string,
  number | null,
  unknown,
  Record<string, unknown>,
  Record<string, unknown>,
  Series["notes"],
];

function mapValues<T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const k in o) out[k] = f(o[k] as T);
  return out;
}

const twoKeys = (o: object) => Object.keys(o).length === 2;

function packTarget(t: Target): unknown {
  return t.bound === "exact" && twoKeys(t) ? t.value : t;
}

function unpackTarget(v: unknown): Target {
  return typeof v === "number" ? { bound: "exact", value: v } : (v as Target);
}

function packActual(a: Actual): unknown {
  if (!twoKeys(a)) return a;
  return a.status === "final" ? a.value : [a.value];
}

function unpackActual(v: unknown): Actual {
  if (typeof v === "number") return { value: v, status: "final" };
  if (Array.isArray(v)) return { value: v[0] as number, status: "estimate" };
  return v as Actual;
}

export function packOf(planId: string, indicatorId: string, records: readonly SeriesRecord[]): PackRecord {
  const packed: Packed[] = records.map(({ area, series: s, updatedAt }) => [
    area,
    updatedAt,
    s.baseline,
    s.total === null ? null : packTarget(s.total),
    mapValues(s.plan, packTarget),
    mapValues(s.actual, packActual),
    s.notes,
  ]);
  return { planId, indicatorId, series: JSON.stringify(packed), layout: PACK_LAYOUT };
}

export function unpack(pack: PackRecord): SeriesRecord[] {
  const { planId, indicatorId } = pack;
  return (JSON.parse(pack.series) as Packed[]).map(
    ([area, updatedAt, baseline, total, plan, actual, notes]) => ({
      planId,
      indicatorId,
      area,
      series: {
        baseline,
        total: total === null ? null : unpackTarget(total),
        plan: mapValues(plan, unpackTarget),
        actual: mapValues(actual, unpackActual),
        notes,
      },
      updatedAt,
    }),
  );
}

/** The packs of a whole plan's series (written beside them, in the same transaction). */
export function packsOf(planId: string, series: readonly SeriesRecord[]): PackRecord[] {
  return [...seriesByIndicator(series)].map(([id, records]) => packOf(planId, id, records));
}

const PACKS = "packs";
const SERIES = "series";

function hasPacks(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  // A database upgrade from before packs existed (version 2 writing series) has none to drop.
  return names ? names.contains(PACKS) : true;
}

type Key = [string, string];

/** What a write of series records makes stale: the packs of those indicators (a range: more). */
function stalePacks(req: DBCoreMutateRequest): { keys: Key[] } | { plan: string } | "all" {
  const seriesKey = (k: unknown): Key | null =>
    Array.isArray(k) && typeof k[0] === "string" && typeof k[1] === "string" ? [k[0], k[1]] : null;
  let found: (Key | null)[];
  if (req.type === "add" || req.type === "put") {
    if (!req.values) return "all";
    found = req.values.map((v) => {
      const r = v as Partial<SeriesRecord>;
      return typeof r.planId === "string" && typeof r.indicatorId === "string"
        ? [r.planId, r.indicatorId]
        : null;
    });
  } else if (req.type === "delete") {
    found = req.keys.map(seriesKey);
  } else {
    const lower = req.range.lower as unknown;
    const upper = req.range.upper as unknown;
    const from = Array.isArray(lower) ? lower : [];
    const to = Array.isArray(upper) ? upper : [];
    if (typeof from[0] !== "string" || from[0] !== to[0]) return "all";
    if (typeof from[1] === "string" && from[1] === to[1]) return { keys: [[from[0], from[1]]] };
    return { plan: from[0] };
  }
  if (found.some((k) => k === null)) return "all";
  const unique = new Map((found as Key[]).map((k) => [JSON.stringify(k), k]));
  return { keys: [...unique.values()] };
}

/** Every write of series records also deletes the packs they make stale, in its own transaction. */
export const packsFollowSeries: Middleware<DBCore> = {
  stack: "dbcore",
  name: "packsFollowSeries",
  create(down) {
    const packsStored = down.schema.tables.some((t) => t.name === PACKS);
    return {
      ...down,
      transaction(stores, mode, options) {
        const more =
          packsStored && mode === "readwrite" && stores.includes(SERIES) && !stores.includes(PACKS);
        return down.transaction(more ? [...stores, PACKS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SERIES || !packsStored) return table;
        return {
          ...table,
          mutate: async (req) => {
            const result = await table.mutate(req);
            if (!hasPacks(req.trans)) return result;
            const packs = down.table(PACKS);
            const stale = stalePacks(req);
            if (stale === "all") {
              await packs.mutate({ type: "deleteRange", trans: req.trans, range: anyRange });
            } else if ("plan" in stale) {
              const [lower, upper] = planRange(stale.plan);
              await packs.mutate({ type: "deleteRange", trans: req.trans, range: between(lower, upper) });
            } else if (stale.keys.length > 0) {
              await packs.mutate({ type: "delete", trans: req.trans, keys: stale.keys });
            }
            return result;
          },
        };
      },
    };
  },
};

// DBCoreRangeType is a const enum in Dexie's types (not there at run time): Range = 2, Any = 3.
const anyRange = { type: 3, lower: undefined, upper: undefined } as unknown as DBCoreKeyRange;
function between(lower: unknown, upper: unknown): DBCoreKeyRange {
  return { type: 2, lower, upper, lowerOpen: false, upperOpen: false } as unknown as DBCoreKeyRange;
}

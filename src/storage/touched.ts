// What a database change touched of one plan, from the change notices Dexie sends to every view of
// the database — this tab's own writes and, through a BroadcastChannel, other tabs' writes
// (`Dexie.on("storagemutated")`, an ObservabilitySet: per table, the ranges of primary keys
// written). A plan view then reads again only the records that changed: after a value edit, the
// series of one indicator rather than the whole plan. Anything it cannot place precisely (a bulk
// write, a range over several indicators) counts as "everything".
import { cmp, type IntervalTree, type ObservabilitySet } from "dexie";
import { planRange } from "./db";

export interface Touched {
  /** Read the whole plan again. */
  all: boolean;
  /** The plan record (details, trash). */
  details: boolean;
  /** Indicator records: contents, positions, indicators added or removed. */
  indicators: boolean;
  tasks: boolean;
  /** Indicators whose series changed; "all" for every one. */
  series: Set<string> | "all";
  /**
   * For an indicator of `series` whose notices each named one series record: the areas of those
   * records (a value edit writes one), so that only they are read again. An indicator of `series`
   * without an entry here had a range written (a removal): all its series are read again.
   */
  areas: Map<string, Set<string>>;
}

export const nothingTouched = (): Touched => ({
  all: false,
  details: false,
  indicators: false,
  tasks: false,
  series: new Set(),
  areas: new Map(),
});

export const everythingTouched = (): Touched => ({ ...nothingTouched(), all: true });

export function isTouched(t: Touched): boolean {
  return t.all || t.details || t.indicators || t.tasks || t.series === "all" || t.series.size > 0;
}

export function mergeTouched(a: Touched | null, b: Touched): Touched {
  if (!a) return b;
  const series = a.series === "all" || b.series === "all" ? "all" : new Set([...a.series, ...b.series]);
  const areas = new Map<string, Set<string>>();
  if (series !== "all")
    for (const id of series) {
      const x = areasOf(a, id);
      const y = areasOf(b, id);
      if (x !== "whole" && y !== "whole") areas.set(id, new Set([...(x ?? []), ...(y ?? [])]));
    }
  return {
    all: a.all || b.all,
    details: a.details || b.details,
    indicators: a.indicators || b.indicators,
    tasks: a.tasks || b.tasks,
    series,
    areas,
  };
}

/** The areas of indicator `id` that `t` touched: "whole" for all of them, undefined for none. */
function areasOf(t: Touched, id: string): Set<string> | "whole" | undefined {
  if (t.series !== "all" && !t.series.has(id)) return undefined;
  return t.areas.get(id) ?? "whole";
}

interface Range {
  from: unknown;
  to: unknown;
}

/** The ranges of a RangeSet; also of one that crossed a BroadcastChannel as a plain object. */
function rangesOf(tree: IntervalTree | undefined): Range[] {
  const out: Range[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const n = node as { from?: unknown; to?: unknown; l?: unknown; r?: unknown };
    visit(n.l);
    if (n.from !== undefined && n.to !== undefined) out.push({ from: n.from, to: n.to });
    visit(n.r);
  };
  visit(tree);
  return out;
}

function overlaps(r: Range, [lo, hi]: [unknown, unknown]): boolean {
  try {
    return cmp(r.from, hi) <= 0 && cmp(r.to, lo) >= 0;
  } catch {
    // A key Dexie cannot compare: assume it may be ours.
    return true;
  }
}

/** What of plan `planId` in database `dbName` the notice `parts` says changed. */
export function touchedBy(parts: ObservabilitySet, dbName: string, planId: string): Touched {
  const t = nothingTouched();
  // Sent when a page comes back from the back/forward cache: anything may have changed.
  if ("all" in parts) return everythingTouched();
  const part = (table: string) => parts[`idb://${dbName}/${table}/`];

  for (const r of rangesOf(part("plans"))) if (overlaps(r, [planId, planId])) t.details = true;
  for (const r of rangesOf(part("indicators"))) if (overlaps(r, planRange(planId, 1))) t.indicators = true;
  for (const r of rangesOf(part("tasks"))) if (overlaps(r, planRange(planId, 1))) t.tasks = true;
  for (const r of rangesOf(part("series"))) {
    if (!overlaps(r, planRange(planId, 2)) || t.series === "all") continue;
    const one = indicatorOf(r, planId);
    if (one === null) {
      t.series = "all";
      t.areas.clear();
      continue;
    }
    const whole = t.series.has(one) && !t.areas.has(one);
    t.series.add(one);
    const area = areaOf(r);
    if (whole) continue;
    if (area === null) t.areas.delete(one);
    else t.areas.set(one, (t.areas.get(one) ?? new Set()).add(area));
  }
  return t;
}

/** The one indicator a range of series keys lies in, or null when it may span several. */
function indicatorOf(r: Range, planId: string): string | null {
  const { from, to } = r;
  if (!Array.isArray(from) || !Array.isArray(to)) return null;
  const [p1, i1] = from as unknown[];
  const [p2, i2] = to as unknown[];
  return p1 === planId && p2 === planId && typeof i1 === "string" && i1 === i2 ? i1 : null;
}

/** The area of a range that is one series record's key, or null. */
function areaOf(r: Range): string | null {
  const { from, to } = r;
  if (!Array.isArray(from) || !Array.isArray(to) || from.length !== 3 || to.length !== 3) return null;
  return typeof from[2] === "string" && from[2] === to[2] ? from[2] : null;
}

// How well the reader does on a programme whose indicators are known: each expected indicator is
// matched with at most one proposal of the same unit, kind, total and yearly targets (the name may
// differ: the planner words it). Used by the unit tests and the bench (issue 13's table).
import type { IndicatorKind, Target, Unit } from "../schema";
import { targetsEqual } from "../targets";
import { nameLikeness } from "./naming";
import type { IndicatorProposal } from "./types";

export interface ExpectedIndicator {
  name: string;
  unit: Unit;
  kind: IndicatorKind;
  total: Target | null;
  plan: Record<string, Target>;
}

export interface Score {
  programme: string;
  expected: number;
  found: number;
  right: number;
  /** Proposals that match no expected indicator. */
  wrong: number;
  missed: number;
  missedNames: string[];
  wrongNames: string[];
}

function samePlan(a: Record<string, Target>, b: Record<string, Target>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!targetsEqual(a[k], b[k])) return false;
  return true;
}

function matches(e: ExpectedIndicator, p: IndicatorProposal): boolean {
  return e.unit === p.unit && e.kind === p.kind && targetsEqual(e.total, p.total) && samePlan(e.plan, p.plan);
}

export function scoreProposals(
  programme: string,
  expected: readonly ExpectedIndicator[],
  proposals: readonly IndicatorProposal[],
): Score {
  const free = new Set(proposals);
  const missedNames: string[] = [];
  let right = 0;
  for (const e of expected) {
    let best: IndicatorProposal | null = null;
    let bestLikeness = -1;
    for (const p of free) {
      if (!matches(e, p)) continue;
      const likeness = nameLikeness(e.name, p.name);
      if (likeness > bestLikeness) {
        best = p;
        bestLikeness = likeness;
      }
    }
    if (best) {
      free.delete(best);
      right++;
    } else missedNames.push(e.name);
  }
  return {
    programme,
    expected: expected.length,
    found: proposals.length,
    right,
    wrong: free.size,
    missed: expected.length - right,
    missedNames,
    wrongNames: [...free].map((p) => p.name),
  };
}

/** The table as printed by the tests and the bench. */
export function scoreTable(scores: readonly Score[]): string {
  const rows = [["programme", "expected", "found", "right", "wrong", "missed"]];
  for (const s of scores)
    rows.push([s.programme, ...[s.expected, s.found, s.right, s.wrong, s.missed].map(String)]);
  const total = scores.reduce(
    (t, s) => ({
      e: t.e + s.expected,
      f: t.f + s.found,
      r: t.r + s.right,
      w: t.w + s.wrong,
      m: t.m + s.missed,
    }),
    { e: 0, f: 0, r: 0, w: 0, m: 0 },
  );
  rows.push(["all", ...[total.e, total.f, total.r, total.w, total.m].map(String)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const pct = total.e > 0 ? ((100 * total.r) / total.e).toFixed(1) : "–";
  return [...rows.map(line), `right: ${pct}% of the expected indicators`].join("\n");
}

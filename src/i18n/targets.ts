// Targets written as a planner writes them: "≥ 20", "> 15", "15–20", "~50", "≤ 10", "100"; money in
// triệu or tỷ đồng as the plan chooses. Reading accepts the symbols and the Vietnamese and English
// words for them ("ít nhất 20", "trên 15", "khoảng 50", "at least 20", "about 50").
import type { ActualStatus, MoneyScale, Target, Unit } from "../domain/schema";
import type { Band } from "../domain/targets";
import { formatNumber, type Lang, type NumberReadError, readNumber } from "./numbers";

export const MONEY_FACTOR: Record<MoneyScale, number> = { million: 1_000_000, billion: 1_000_000_000 };

/** A stored value as shown: đồng in the plan's money scale, everything else as it is. */
export function toDisplay(value: number, unit: Unit, scale: MoneyScale): number {
  return unit === "dong" ? value / MONEY_FACTOR[scale] : value;
}

/** A shown value as stored: money back to whole đồng. */
export function fromDisplay(value: number, unit: Unit, scale: MoneyScale): number {
  return unit === "dong" ? Math.round(value * MONEY_FACTOR[scale]) : value;
}

export interface FormatOptions {
  lang: Lang;
  unit: Unit;
  scale: MoneyScale;
  maxFraction?: number;
}

export function formatValue(value: number, o: FormatOptions): string {
  return formatNumber(toDisplay(value, o.unit, o.scale), o.lang, o.maxFraction ?? 2);
}

const PREFIX: Record<Exclude<Target["bound"], "range">, string> = {
  exact: "",
  atLeast: "≥ ",
  moreThan: "> ",
  atMost: "≤ ",
  about: "~",
};

export function formatTarget(t: Target, o: FormatOptions): string {
  if (t.bound === "range") return `${formatValue(t.min, o)}–${formatValue(t.max, o)}`;
  return PREFIX[t.bound] + formatValue(t.value, o);
}

/** A derived band (a split, a sum, a path) as shown, with its wording: "≥ 250", "~10", "1–2". */
export function formatBand(b: Band, o: FormatOptions): string {
  if (b.lo !== b.hi) return `${formatValue(b.lo, o)}–${formatValue(b.hi, o)}`;
  return b.bound === "range" ? formatValue(b.lo, o) : PREFIX[b.bound] + formatValue(b.lo, o);
}

export type TargetRead = { ok: true; target: Target } | { ok: false; error: NumberReadError };

const WORDS: readonly [RegExp, Exclude<Target["bound"], "range" | "exact">][] = [
  [/^(≥|>=|ít nhất|tối thiểu|từ|at least|min\.?)\s*/i, "atLeast"],
  [/^(>|trên|hơn|more than|over)\s*/i, "moreThan"],
  [/^(≤|<=|tối đa|không quá|dưới|at most|max\.?)\s*/i, "atMost"],
  [/^(~|≈|khoảng|about|approx\.?|around)\s*/i, "about"],
];

const RANGE = /^(.+?)\s*(?:–|—|(?<=\d)\s*-\s*(?=\d)|\.\.|\sđến\s|\sto\s)\s*(.+)$/i;

/** Read a target typed or pasted in `lang`, values in display units (money in the plan's scale). */
export function readTarget(text: string, o: Omit<FormatOptions, "maxFraction">): TargetRead {
  let rest = text.trim();
  let bound: Target["bound"] = "exact";
  const orMore = /\s*(trở lên|or more)$/i;
  if (orMore.test(rest)) {
    rest = rest.replace(orMore, "");
    bound = "atLeast";
  }
  for (const [re, b] of WORDS) {
    if (re.test(rest)) {
      rest = rest.replace(re, "");
      bound = b;
      break;
    }
  }
  // "15–20", "15 - 20", "từ 15 đến 20": a range, whatever word came before it.
  const range = bound === "exact" || bound === "atLeast" ? RANGE.exec(rest) : null;
  if (range) {
    const lo = readNumber(range[1] ?? "", o.lang);
    const hi = readNumber(range[2] ?? "", o.lang);
    if (!lo.ok) return lo;
    if (!hi.ok) return hi;
    return {
      ok: true,
      target: {
        bound: "range",
        min: fromDisplay(lo.value, o.unit, o.scale),
        max: fromDisplay(hi.value, o.unit, o.scale),
      },
    };
  }
  const n = readNumber(rest, o.lang);
  if (!n.ok) return n;
  return { ok: true, target: { bound, value: fromDisplay(n.value, o.unit, o.scale) } as Target };
}

const ESTIMATE = /\(?\s*(ước|uoc|estimate|est\.?)\s*\)?/i;
const FINAL = /\(?\s*(chính thức|chinh thuc|final)\s*\)?/i;

/** "12 (ước)" → 12 as an estimate; "12" → 12 with no status said. */
export function readStatusMark(text: string): { rest: string; status: ActualStatus | null } {
  if (ESTIMATE.test(text)) return { rest: text.replace(ESTIMATE, "").trim(), status: "estimate" };
  if (FINAL.test(text)) return { rest: text.replace(FINAL, "").trim(), status: "final" };
  return { rest: text.trim(), status: null };
}

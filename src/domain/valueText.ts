// Reading values as planners write them, in either notation: numbers the Vietnamese way ("1.360",
// "5,5") or the English way ("1,360", "5.5"), targets with their wording ("≥ 20", "trên 15",
// "15–20", "khoảng 50"), an actual marked "ước"/"chính thức". Pure: the grid's cells, the
// spreadsheet import and the i18n layer (which re-exports these) read values with the same code.
// Reading is strict: a value that makes sense only in the other language's notation is reported,
// never guessed (DECISIONS.md "Identity, tabs, input").
import type { ActualStatus, MoneyScale, Target, Unit } from "./schema";

export type Lang = "vi" | "en";

export type NumberReadError = "empty" | "notANumber" | "otherLocale";
export type NumberRead = { ok: true; value: number } | { ok: false; error: NumberReadError };

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function patternFor(lang: Lang): RegExp {
  const { group, decimal } = SEPARATORS[lang];
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  // Either plain digits or digits grouped by threes; an optional decimal part.
  return new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?$`);
}
const PATTERNS: Record<Lang, RegExp> = { vi: patternFor("vi"), en: patternFor("en") };

function strictParse(text: string, lang: Lang): number | null {
  const m = PATTERNS[lang].exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const intPart = (m[2] ?? "0").split(SEPARATORS[lang].group).join("");
  const value = Number(`${m[1] ?? ""}${intPart}${m[3] !== undefined ? `.${m[3]}` : ""}`);
  return Number.isFinite(value) ? value : null;
}

/** Trim spaces (also non-breaking ones), a trailing % and a leading/trailing unit-less sign. */
export function cleanNumberText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\s]/g, "")
    .replace(/%$/, "")
    .replace(/^\u2212/, "-");
}

/** Read a number typed or pasted in `lang`. */
export function readNumber(text: string, lang: Lang): NumberRead {
  const clean = cleanNumberText(text);
  if (clean === "") return { ok: false, error: "empty" };
  const own = strictParse(clean, lang);
  if (own !== null) return { ok: true, value: own };
  const other = strictParse(clean, lang === "vi" ? "en" : "vi");
  return { ok: false, error: other !== null ? "otherLocale" : "notANumber" };
}

export const MONEY_FACTOR: Record<MoneyScale, number> = { million: 1_000_000, billion: 1_000_000_000 };

/** A stored value as shown: đồng in the plan's money scale, everything else as it is. */
export function toDisplay(value: number, unit: Unit, scale: MoneyScale): number {
  return unit === "dong" ? value / MONEY_FACTOR[scale] : value;
}

/** A shown value as stored: money back to whole đồng. */
export function fromDisplay(value: number, unit: Unit, scale: MoneyScale): number {
  return unit === "dong" ? Math.round(value * MONEY_FACTOR[scale]) : value;
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
export function readTarget(text: string, o: { lang: Lang; unit: Unit; scale: MoneyScale }): TargetRead {
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
  // "khoảng 20 - 30" is an approximate range.
  const range = bound === "exact" || bound === "atLeast" || bound === "about" ? RANGE.exec(rest) : null;
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
        ...(bound === "about" ? { about: true } : {}),
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

// Numbers written the way the reader writes them: vi "1.360" and "5,5"; en "1,360" and "5.5".
// Reading is strict: a value that makes sense only in the other language's notation is reported,
// never guessed (DECISIONS.md "Identity, tabs, input"). Pure: no React, no DOM.
export type Lang = "vi" | "en";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, maxFraction: number, minFraction = 0): Intl.NumberFormat {
  const key = `${lang}:${maxFraction}:${minFraction}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: maxFraction,
      minimumFractionDigits: minFraction,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

export function intlLocale(lang: Lang): string {
  return LOCALE[lang];
}

/** 1360 → "1.360" (vi) / "1,360" (en). Rounding is for display only. */
export function formatNumber(n: number, lang: Lang, maxFraction = 2, minFraction = 0): string {
  // Intl groups 4-digit numbers in vi ("1.360") as planners write them.
  return formatter(lang, maxFraction, minFraction).format(n);
}

/** 5.5 → "5,5%" (vi) / "5.5%" (en). The value is in percent already (60 means 60%). */
export function formatPercent(n: number, lang: Lang, maxFraction = 1): string {
  return `${formatNumber(n, lang, maxFraction)}%`;
}

/** A ratio as a percentage: 0.966 → "96,6%". */
export function formatRatio(r: number, lang: Lang, maxFraction = 1): string {
  return formatPercent(r * 100, lang, maxFraction);
}

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

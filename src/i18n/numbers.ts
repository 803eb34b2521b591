// Numbers written the way the reader writes them: vi "1.360" and "5,5"; en "1,360" and "5.5".
// Reading is strict: a value that makes sense only in the other language's notation is reported,
// never guessed (DECISIONS.md "Identity, tabs, input"). Pure: no React, no DOM.
import type { Lang } from "../domain/valueText";

export type { Lang };

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

export { cleanNumberText, readNumber, type NumberRead, type NumberReadError } from "../domain/valueText";

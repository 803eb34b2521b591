import { intlLocale, type Lang } from "./numbers";

/** "2021-07-26" → "26/7/2021" (vi) / "26 Jul 2021" (en). Dates carry no time zone here. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: "UTC",
    day: "numeric",
    month: lang === "vi" ? "numeric" : "short",
    year: "numeric",
  }).format(d);
}

/** A moment (ISO timestamp) in the reader's time zone, date and time. */
export function formatTimestamp(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "short", timeStyle: "short" }).format(d);
}

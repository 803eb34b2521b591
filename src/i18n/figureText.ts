// How the achievement figures are said (DECISIONS.md "Achievement"): đạt % KH and mức tăng đạt as
// percentages, the sub-areas they rest on ("2/3 địa bàn") and the periods still missing.
import type { Achievement, Coverage } from "../domain/achievement";
import type { I18n } from "./I18nProvider";
import { formatRatio, type Lang } from "./numbers";

type T = I18n["t"];

/** "94,4%"; an em dash where a zero makes the ratio meaningless (an actual of 0 that should fall). */
export function planShareText(a: Achievement | null, lang: Lang): string {
  return a?.planShare == null ? "—" : formatRatio(a.planShare, lang);
}

/** "72%"; empty where the indicator has no gain over a baseline. */
export function gainText(a: Achievement | null, lang: Lang): string {
  return a?.gain == null ? "" : formatRatio(a.gain, lang);
}

export function coverageText(c: Coverage | null | undefined, t: T): string | null {
  return c && c.have < c.of ? t("fig.coverage", { have: c.have, of: c.of }) : null;
}

/** "chưa có số liệu kỳ 2022" for the periods left empty before the last reported one. */
export function missingText(a: Achievement | null, t: T): string | null {
  return a && a.missing.length > 0 ? t("fig.missing", { periods: a.missing.join(", ") }) : null;
}

/** Both figures in one line, with coverage and missing periods: for tooltips and the grid. */
export function achievementLine(a: Achievement | null, t: T, lang: Lang): string {
  if (!a) return "";
  const parts = [t("fig.planShareValue", { value: planShareText(a, lang) })];
  if (a.gain !== null) parts.push(t("fig.gainValue", { value: gainText(a, lang) }));
  if (a.judgedBy) parts.push(t(`fig.judgedBy.${a.judgedBy}`));
  const cov = coverageText(a.coverage, t);
  if (cov) parts.push(cov);
  const missing = missingText(a, t);
  if (missing) parts.push(missing);
  return parts.join(" · ");
}

// Targets written as a planner writes them: "≥ 20", "> 15", "15–20", "~50", "≤ 10", "100"; money in
// triệu or tỷ đồng as the plan chooses. Reading accepts the symbols and the Vietnamese and English
// words for them ("ít nhất 20", "trên 15", "khoảng 50", "at least 20", "about 50").
import type { Target, Unit, MoneyScale } from "../domain/schema";
import type { Band } from "../domain/targets";
import { toDisplay } from "../domain/valueText";
import { formatNumber, type Lang } from "./numbers";

export {
  fromDisplay,
  MONEY_FACTOR,
  readStatusMark,
  readTarget,
  toDisplay,
  type TargetRead,
} from "../domain/valueText";

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

/** An approximate range is written in words, as the sources write it: "khoảng 20–30". */
const ABOUT_RANGE: Record<Lang, string> = { vi: "khoảng ", en: "about " };

export function formatTarget(t: Target, o: FormatOptions): string {
  if (t.bound === "range") {
    return `${t.about ? ABOUT_RANGE[o.lang] : ""}${formatValue(t.min, o)}–${formatValue(t.max, o)}`;
  }
  return PREFIX[t.bound] + formatValue(t.value, o);
}

/** A derived band (a split, a sum, a path) as shown, with its wording: "≥ 250", "~10", "1–2". */
export function formatBand(b: Band, o: FormatOptions): string {
  if (b.lo !== b.hi)
    return `${b.about ? ABOUT_RANGE[o.lang] : ""}${formatValue(b.lo, o)}–${formatValue(b.hi, o)}`;
  return b.bound === "range" ? formatValue(b.lo, o) : PREFIX[b.bound] + formatValue(b.lo, o);
}

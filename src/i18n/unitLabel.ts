// The one home of unit wording: what a unit is called ("triệu đồng", "HTX", "%"), and how a column
// or an export heads an indicator's unit (growth targets are yearly rates on the unit).
import type { Indicator, MoneyScale, Unit } from "../domain/schema";
import type { Translate } from "./translator";
import { KIND_RULES } from "../domain/kindRules";

/** The unit's name; money in the plan's scale (triệu or tỷ đồng). */
export function unitName(unit: Unit, scale: MoneyScale, t: Translate): string {
  return unit === "dong" ? t(`money.${scale}`) : t(`unit.${unit}`);
}

/** The unit as shown in a column: money in the plan's scale; growth targets are rates on a unit. */
export function unitLabel(ind: Pick<Indicator, "unit" | "kind">, scale: MoneyScale, t: Translate): string {
  const base = unitName(ind.unit, scale, t);
  return KIND_RULES[ind.kind].planIsRate ? `${base} (${t("perYearRate")})` : base;
}

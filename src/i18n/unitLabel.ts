import type { Indicator, MoneyScale } from "../domain/schema";
import type { I18n } from "./I18nProvider";

/** The unit as shown in a column: money in the plan's scale; growth targets are rates on a unit. */
export function unitLabel(ind: Pick<Indicator, "unit" | "kind">, scale: MoneyScale, t: I18n["t"]): string {
  const base = ind.unit === "dong" ? t(`money.${scale}`) : t(`unit.${ind.unit}`);
  return ind.kind === "growth" ? `${base} (${t("perYearRate")})` : base;
}

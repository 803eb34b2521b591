// The sub-areas compared for one indicator: achievement per sub-area up to the end of a chosen
// period, highest first, as labelled bars (the number is always written beside the bar). A long list
// (a province of 170 communes) shows its ten highest and ten lowest, the whole list on demand in a
// scrolling box; a merged province compares its groups of sub-areas (former provinces) at a click.
import { useMemo, useState } from "react";
import type { Indicator, Plan } from "../domain/schema";
import { reportingPeriods } from "../domain/periods";
import "../i18n/comparisonMessages";
import { useI18n } from "../i18n/I18nProvider";
import { periodLong } from "./chartLabels";
import { barScale, ComparisonRows } from "./ComparisonRows";
import { comparisonView, EACH_END } from "./comparisonSections";
import { ToggleButtons } from "./ToggleButtons";
import { compareGroups, compareSubAreas, latestPeriodWithActual } from "./subAreaComparison";

/** Names of sub-areas without a figure written out in the short view; the rest are counted. */
const MISSING_NAMED = 12;

export function SubAreaComparison({ plan, ind }: { plan: Plan; ind: Indicator }) {
  const { t } = useI18n();
  const periods = useMemo(() => reportingPeriods(plan), [plan]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [by, setBy] = useState<"subArea" | "group">("subArea");
  const [all, setAll] = useState(false);
  const fallback = useMemo(() => latestPeriodWithActual(plan, ind), [plan, ind]);
  const periodKey = chosen && periods.some((p) => p.key === chosen) ? chosen : fallback;
  const grouped = plan.subAreas.some((a) => a.groupId !== null) && plan.subAreaGroups.length > 0;
  const byGroup = grouped && by === "group";
  const ungrouped = t("compare.ungrouped");
  const rows = useMemo(() => {
    if (!periodKey) return [];
    return byGroup ? compareGroups(plan, ind, periodKey, ungrouped) : compareSubAreas(plan, ind, periodKey);
  }, [plan, ind, periodKey, byGroup, ungrouped]);
  const view = useMemo(() => comparisonView(rows, all), [rows, all]);
  if (plan.subAreas.length === 0 || !periodKey) return null;
  const long = rows.filter((r) => r.ratio !== null).length > 2 * EACH_END;
  const id = `areas-${ind.id}`;
  const scroll = all && long;
  const rowsShown = <ComparisonRows view={view} byGroup={byGroup} max={barScale(rows)} headed={scroll} />;
  return (
    <section className="sub-areas" aria-labelledby={id}>
      <h3 id={id}>{t("areas.title")}</h3>
      <div className="compare-controls">
        <label className="field-inline">
          {t("areas.period")}{" "}
          <select value={periodKey} onChange={(e) => setChosen(e.target.value)}>
            {periods.map((p) => (
              <option key={p.key} value={p.key}>
                {periodLong({ ...p, isBaseline: false }, t, false)}
              </option>
            ))}
          </select>
        </label>
        {grouped && (
          <ToggleButtons
            label="compare.by"
            options={[
              { value: "subArea", label: "compare.bySubArea" },
              { value: "group", label: "compare.byGroup" },
            ]}
            value={by}
            onChange={setBy}
          />
        )}
      </div>
      <p className="muted">{t(byGroup ? "compare.hintGroups" : "areas.hint")}</p>
      {scroll ? (
        <div className="area-scroll" role="region" aria-label={t("compare.fullList")} tabIndex={0}>
          {rowsShown}
        </div>
      ) : (
        rowsShown
      )}
      {view.kind === "ends" && view.missing.length > 0 && (
        <p className="area-missing">
          {t("compare.missing", { n: view.missing.length })}:{" "}
          {view.missing
            .slice(0, MISSING_NAMED)
            .map((r) => r.name)
            .join(", ")}
          {view.missing.length > MISSING_NAMED &&
            ` ${t("compare.missingMore", { n: view.missing.length - MISSING_NAMED })}`}
        </p>
      )}
      {long && (
        <button
          type="button"
          className="button area-more no-print"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? t("compare.showEnds") : t("compare.showAll", { n: rows.length })}
        </button>
      )}
    </section>
  );
}

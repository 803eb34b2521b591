// The rows of the sub-area comparison: rank, name (wrapped, never cut), the bar with its value
// written beside it, and the status in colour, icon and words. A long list shows its two ends under
// their headings, with what lies between said in words.
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { formatRatio } from "../i18n/numbers";
import { StatusBadge } from "../ui/StatusBadge";
import type { ComparisonView } from "./comparisonSections";
import type { AreaAchievement } from "./subAreaComparison";

/** The bars' scale: 100% always inside, a far-off value (over 200%) not squeezing the others. */
export function barScale(rows: readonly AreaAchievement[]): number {
  return Math.min(2, Math.max(1.2, ...rows.map((r) => r.ratio ?? 0)));
}

function Row({ r, rank, max }: { r: AreaAchievement; rank: number | null; max: number }) {
  const { t, lang } = useI18n();
  const coverage = r.achievement?.coverage;
  const detail =
    r.size === undefined
      ? r.group
      : coverage
        ? t("chart.coverage", { have: coverage.have, of: coverage.of })
        : t("compare.groupSize", { n: r.size });
  return (
    <tr data-area={r.areaId}>
      <td className="area-rank">{rank ?? "–"}</td>
      <th scope="row">
        <span className="area-name">{r.name}</span>
        {detail && <span className="area-detail">{detail}</span>}
      </th>
      <td className="bar-cell">
        <div>
          <span className="bar-track">
            {r.ratio !== null && (
              <span
                className={`bar-fill status-fill-${r.status}${r.ratio > max ? " bar-over" : ""}`}
                style={{ width: `${(Math.min(max, Math.max(0, r.ratio)) / max) * 100}%` }}
              />
            )}
            <span className="bar-100" style={{ left: `${(1 / max) * 100}%` }} aria-hidden="true" />
          </span>
          <span className="bar-value">
            {r.ratio === null ? t("noValue") : formatRatio(r.ratio, lang)}
            {r.estimate && <span className="estimate-mark"> ({t("chart.estimateShort")})</span>}
          </span>
        </div>
      </td>
      <td>
        <StatusBadge status={r.status} />
      </td>
    </tr>
  );
}

function Section({ head, children }: { head: string; children: ReactNode }) {
  return (
    <tbody className="area-section">
      <tr>
        <th scope="colgroup" colSpan={4} className="area-section-head">
          {head}
        </th>
      </tr>
      {children}
    </tbody>
  );
}

export function ComparisonRows({
  view,
  byGroup,
  max,
  headed = false,
}: {
  view: ComparisonView;
  byGroup: boolean;
  max: number;
  /** Column headings shown (the whole list, scrolling under them); else read by screen readers only. */
  headed?: boolean;
}) {
  const { t } = useI18n();
  return (
    <table className="area-bars">
      <thead className={headed ? undefined : "visually-hidden"}>
        <tr>
          <th scope="col">{t("compare.rank")}</th>
          <th scope="col">{t(byGroup ? "compare.group" : "areas.area")}</th>
          <th scope="col">{t("col.achievement")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      {view.kind === "all" ? (
        <tbody>
          {view.rows.map((r) => (
            <Row key={r.areaId} r={r} rank={r.rank} max={max} />
          ))}
          {view.missing.map((r) => (
            <Row key={r.areaId} r={r} rank={null} max={max} />
          ))}
        </tbody>
      ) : (
        <>
          <Section head={t("compare.top")}>
            {view.top.map((r) => (
              <Row key={r.areaId} r={r} rank={r.rank} max={max} />
            ))}
          </Section>
          <tbody className="area-gap">
            <tr>
              <td colSpan={4}>
                <span aria-hidden="true">⋮ </span>
                {t("compare.hidden", { n: view.hidden })}
                {view.topTies > 0 && (
                  <span className="area-ties">
                    {t("compare.ties", { n: view.topTies, rank: view.top[view.top.length - 1]?.rank ?? "" })}
                  </span>
                )}
                {view.bottomTies > 0 && (
                  <span className="area-ties">
                    {t("compare.ties", { n: view.bottomTies, rank: view.bottom[0]?.rank ?? "" })}
                  </span>
                )}
              </td>
            </tr>
          </tbody>
          <Section head={t("compare.bottom")}>
            {view.bottom.map((r) => (
              <Row key={r.areaId} r={r} rank={r.rank} max={max} />
            ))}
          </Section>
        </>
      )}
    </table>
  );
}

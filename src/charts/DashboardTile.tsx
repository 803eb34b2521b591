// One indicator on the dashboard: name, status (colour, icon and words), achievement, and a small
// chart drawn only once the tile comes near the screen.
import { useRef } from "react";
import type { Plan } from "../domain/schema";
import { safeHref } from "../ui/safeHref";
import { useI18n } from "../i18n/I18nProvider";
import { indicatorTitle } from "./chartLabels";
import type { Tile } from "./dashboardData";
import { IndicatorFigure } from "./IndicatorFigure";
import { IndicatorSummaryLine } from "./IndicatorSummaryLine";
import { useInView } from "./useInView";

interface Props {
  plan: Plan;
  tile: Tile;
  href: string | null;
}

export function DashboardTile({ plan, tile, href }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  // A small margin: the first screen draws only what shows, the next row is ready as one scrolls.
  const seen = useInView(ref, "150px");
  const title = indicatorTitle(tile.ind);
  const link = safeHref(href);
  return (
    <article ref={ref} className={`tile tile-${tile.summary.status}`} data-indicator={tile.ind.id}>
      <h3 className="tile-title">{link ? <a href={link}>{title}</a> : title}</h3>
      <IndicatorSummaryLine summary={tile.summary} direction={tile.ind.direction} />
      {seen ? (
        <IndicatorFigure plan={plan} ind={tile.ind} mode="cumulative" variant="tile" height={150} />
      ) : (
        <div className="chart-placeholder" style={{ height: 150 }}>
          <span className="muted">{t("chart.drawnLater")}</span>
        </div>
      )}
    </article>
  );
}

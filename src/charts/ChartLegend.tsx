// The legend in HTML, drawn from the same entries the exported SVG uses: each series named in words
// ("ước" for estimates) beside a sample of its line style, so colour is never the only cue.
import { useI18n } from "../i18n/I18nProvider";
import { LEGEND_MESSAGE } from "./legendItems";
import type { LegendItem } from "./palette";

function Sample({ item }: { item: LegendItem }) {
  return (
    <svg width="28" height="14" aria-hidden="true" focusable="false">
      {item.shape === "line" ? (
        <>
          <line
            x1="1"
            y1="7"
            x2="27"
            y2="7"
            stroke={item.color}
            strokeWidth="3"
            strokeDasharray={item.dash}
          />
          {item.marker && (
            <circle
              cx="14"
              cy="7"
              r="4"
              fill={item.marker === "hollow" ? "#ffffff" : item.color}
              stroke={item.color}
              strokeWidth="2"
            />
          )}
        </>
      ) : (
        <rect
          x="2"
          y="1"
          width="24"
          height="12"
          fill={item.marker === "hollow" ? "#ffffff" : item.color}
          fillOpacity={item.shape === "band" ? 0.35 : 1}
          stroke={item.color}
          strokeDasharray={item.dash}
        />
      )}
    </svg>
  );
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useI18n();
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key} data-series={item.key}>
          <Sample item={item} /> {t(LEGEND_MESSAGE[item.key])}
        </li>
      ))}
    </ul>
  );
}

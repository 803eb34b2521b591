// Rows of the grid derived from the plan: a heading row per group, then one row per indicator with
// every cell's view. Pure: plan + area → rows. The whole-plan view of a plan with sub-areas is
// recomputed from the sub-areas (domain/rollup.ts) and read-only. Figures come from the domain, so
// the grid, the charts and the report never disagree.
import { halvesExist } from "../domain/actuals";
import { emptySeries } from "../domain/cells";
import { seriesFigures, type SeriesFigures } from "../domain/figures";
import { indicatorFigures } from "../domain/rollup";
import { type Indicator, type Plan, type Series, WHOLE_AREA } from "../domain/schema";
import type { Status } from "../domain/status";
import { summarise } from "../domain/summary";
import type { Lang } from "../i18n/numbers";
import { achievementLine, coverageText, planShareText } from "../i18n/figureText";
import { formatBand, formatValue } from "../i18n/targets";
import { unitLabel } from "../i18n/unitLabel";
import {
  type CellView,
  derivedBandCell,
  derivedFigCell,
  emptyCell,
  rollupCell,
  textCell,
  typedActualCell,
  typedNumberCell,
  typedTargetCell,
  type ValueFormat,
} from "./cellView";
import { columnLayout, columnOrder } from "./columns";
import type { Translate } from "../i18n/translator";
import { statusLabel } from "../i18n/labels";
import { KIND_RULES } from "../domain/kindRules";

export interface IndicatorRow {
  type: "indicator";
  rowId: string;
  indicatorId: string;
  code: string;
  name: string;
  status: Status;
  cells: Record<string, CellView>;
}

export interface GroupRow {
  type: "group";
  rowId: string;
  title: string;
}

export type GridRow = IndicatorRow | GroupRow;

export interface RowContext {
  lang: Lang;
  t: Translate;
  /** WHOLE_AREA for a plan without sub-areas or for the whole plan of one with them. */
  area: string;
  /** The plan may be written (false for templates, or a tab told to stop writing). */
  writable: boolean;
}

type PlanShape = Pick<
  Plan,
  "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas" | "moneyScale"
>;

/** The whole plan of a plan with sub-areas: summed from them, never typed into. */
export function isRollupView(plan: Pick<Plan, "subAreas">, area: string): boolean {
  return plan.subAreas.length > 0 && area === WHOLE_AREA;
}

/**
 * Heading rows and indicator rows, in the plan's order. `cache` (by indicator object) lets a caller
 * rebuild only the rows of indicators that changed; it must be dropped when `ctx` or the plan's
 * periods, money scale or sub-areas change.
 */
export function buildRows(
  plan: PlanShape & Pick<Plan, "indicators">,
  ctx: RowContext,
  cache?: WeakMap<Indicator, IndicatorRow>,
): GridRow[] {
  const rows: GridRow[] = [];
  let group: string | null = null;
  for (const ind of plan.indicators) {
    if (ind.group !== group) {
      group = ind.group;
      // Indicators without a group sit under no heading; a group met again later gets its own row.
      if (group) rows.push({ type: "group", rowId: `group:${rows.length}:${group}`, title: group });
    }
    let row = cache?.get(ind);
    if (!row) {
      row = indicatorRow(plan, ind, ctx);
      cache?.set(ind, row);
    }
    rows.push(row);
  }
  return rows;
}

export function indicatorRow(plan: PlanShape, ind: Indicator, ctx: RowContext): IndicatorRow {
  const rollup = isRollupView(plan, ctx.area);
  const editable = ctx.writable && !rollup;
  const series = rollup ? null : (ind.series[ctx.area] ?? emptySeries());
  const figures = rollup ? indicatorFigures(plan, ind) : seriesFigures(plan, ind, series ?? emptySeries());
  const summary = summarise(figures);
  const f: ValueFormat = { lang: ctx.lang, unit: ind.unit, scale: plan.moneyScale };
  const cells: Record<string, CellView> = {};

  const note = (key: string) => series?.notes[key] ?? null;
  const kind = ctx.t(`grid.kind.${ind.kind}`);
  const bound =
    series?.total && series.total.bound !== "exact"
      ? ctx.t(
          `grid.bound.${series.total.bound === "range" && series.total.about ? "about" : series.total.bound}`,
        )
      : null;
  const nameTip = [ind.source, ind.note].filter(Boolean).join("\n") || null;
  cells.code = textCell(ind.code, editable);
  cells.name = textCell(ind.name, editable, nameTip);
  cells.unit = textCell(unitLabel(ind, plan.moneyScale, ctx.t), false);
  cells.kind = textCell(bound ? ctx.t("grid.kindBound", { kind, bound }) : kind, false);
  cells.agency = textCell(ind.agency, editable);

  if (series && figures)
    Object.assign(cells, areaValueCells(plan, ind, series, figures, f, editable, note, ctx));
  else Object.assign(cells, rollupValueCells(plan, ind, figures, f, ctx));

  const a = summary.achievement;
  // Đạt % KH in the cell; both figures, what status is judged on and the coverage in its tip.
  const cov = coverageText(a?.coverage, ctx.t);
  cells.achievement = {
    ...textCell(
      a ? planShareText(a, ctx.lang) + (cov ? ` (${cov})` : "") : "",
      false,
      a ? achievementLine(a, ctx.t, ctx.lang) : null,
    ),
    estimate: Boolean(a?.estimate),
  };
  cells.status = textCell(
    statusLabel(summary.status, ctx.t),
    false,
    a?.wrongSide ? ctx.t(`fig.wrongSide.${ind.direction}`) : null,
  );

  return {
    type: "indicator",
    rowId: ind.id,
    indicatorId: ind.id,
    code: ind.code,
    name: ind.name,
    status: summary.status,
    cells,
  };
}

/** Rates of growth indicators are percentages whatever the indicator counts. */
function rateFormat(ind: Indicator, f: ValueFormat): ValueFormat {
  return KIND_RULES[ind.kind].planIsRate ? { ...f, unit: "percent" } : f;
}

function areaValueCells(
  plan: PlanShape,
  ind: Indicator,
  s: Series,
  fig: SeriesFigures,
  f: ValueFormat,
  editable: boolean,
  note: (key: string) => string | null,
  ctx: RowContext,
): Record<string, CellView> {
  const cells: Record<string, CellView> = {};
  const rf = rateFormat(ind, f);
  const derivedTip = ctx.t("grid.derivedTip");
  cells.baseline =
    s.baseline !== null
      ? typedNumberCell(s.baseline, f, editable, note("baseline"))
      : emptyCell(editable, note("baseline"));

  const layout = columnLayout(plan);
  layout.years.forEach(({ year }, i) => {
    const key = `plan:${year}`;
    const given = s.plan[String(year)];
    const band = fig.years[i]?.band ?? null;
    if (given) cells[key] = typedTargetCell(given, rf, editable, note(key));
    else if (KIND_RULES[ind.kind].planIsRate && s.total)
      // A year without its own rate grows at the programme's rate.
      cells[key] = {
        ...typedTargetCell(s.total, rf, editable, note(key)),
        source: "derived",
        tip: derivedTip,
      };
    else if (!KIND_RULES[ind.kind].planIsRate && band)
      cells[key] = { ...derivedBandCell(band, rf, editable, derivedTip), note: note(key) };
    else cells[key] = emptyCell(editable, note(key));
  });

  for (const { year, columns } of layout.years) {
    for (const col of columns) {
      if (col.kind !== "actual") continue;
      const stored = s.actual[col.id.slice("actual:".length)];
      if (col.half === null && plan.reporting === "halfYearly" && halvesExist(s, year)) {
        const y = fig.yearActuals[year - plan.startYear] ?? null;
        const tip = ctx.t("grid.derivedYearTip");
        cells[col.id] = y
          ? { ...derivedFigCell(y, f, false, tip), note: note(col.id) }
          : { ...emptyCell(false, note(col.id)), tip };
      } else if (stored) cells[col.id] = typedActualCell(stored, f, editable, note(col.id));
      else cells[col.id] = emptyCell(editable, note(col.id));
    }
  }

  if (s.total) cells.total = typedTargetCell(s.total, rf, editable, note("total"));
  else if (!KIND_RULES[ind.kind].planIsRate && fig.target)
    cells.total = { ...derivedBandCell(fig.target, f, editable, derivedTip), note: note("total") };
  else cells.total = emptyCell(editable, note("total"));
  return cells;
}

function rollupValueCells(
  plan: PlanShape,
  ind: Indicator,
  fig: SeriesFigures | null,
  f: ValueFormat,
  ctx: RowContext,
): Record<string, CellView> {
  const cells: Record<string, CellView> = {};
  const layout = columnLayout(plan);
  for (const col of columnOrder(layout)) {
    if (col.kind === "plan" || col.kind === "actual") cells[col.id] = emptyCell(false, null);
  }
  cells.baseline = rollupCell(fig && fig.baseline !== null ? formatValue(fig.baseline, f) : "", false, null);
  cells.total = rollupCell(
    fig?.target && !KIND_RULES[ind.kind].planIsRate ? formatBand(fig.target, f) : "",
    false,
    null,
  );
  if (!fig) return cells;
  fig.years.forEach((y, i) => {
    // Rates of growth do not add up over sub-areas: their plan columns stay empty here.
    if (y.band && !KIND_RULES[ind.kind].planIsRate)
      cells[`plan:${y.year}`] = rollupCell(formatBand(y.band, f), false, null);
    const ya = fig.yearActuals[i];
    if (ya) cells[`actual:${y.year}`] = rollupCell(formatValue(ya.value, f), ya.estimate, null);
  });
  for (const p of fig.points) {
    if (!p.actual) continue;
    const cover =
      p.coverage && p.coverage.have < p.coverage.of ? ctx.t("grid.coverageTip", p.coverage) : null;
    cells[`actual:${p.period.key}`] = rollupCell(formatValue(p.actual.value, f), p.actual.estimate, cover);
  }
  return cells;
}

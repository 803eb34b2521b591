// The grid as a table of typed cells, shared by the CSV and XLSX writers so that both carry the
// same columns and the same numbers: one row per indicator (and, when chosen, one per sub-area),
// columns as in the grid — code, name, unit, kind, target wording, baseline, per year plan and
// actual (and half-years), programme target, actual to date, % of plan, status, periods with
// estimates, responsible agency, and the heading the indicator sits under. Figures are the derived ones the grid shows (domain/rollup.ts), so
// an export never disagrees with the screen. Money is in the plan's scale (triệu or tỷ đồng).
import { indicatorFigures } from "../domain/rollup";
import type { SeriesFigures } from "../domain/figures";
import { type Indicator, type Plan, type Target, WHOLE_AREA, WHOLE_UNITS } from "../domain/schema";
import { summarise } from "../domain/summary";
import { type Band, targetsEqual, toBand } from "../domain/targets";
import { statusLabel } from "../i18n/labels";
import { translator } from "../i18n/translator";
import { unitLabel } from "../i18n/unitLabel";
import { formatNumber, type Lang } from "../i18n/numbers";
import { toDisplay } from "../i18n/targets";
import { roundForExport } from "./cellText";
import { KIND_RULES } from "../domain/kindRules";

export type ExportCell = { kind: "text"; text: string } | { kind: "number"; value: number } | null;

export interface ExportColumn {
  header: string;
  /** Width in characters, for XLSX. */
  width: number;
  /** Long text (names, agencies): wrapped in XLSX rather than cut off by the next cell. */
  wrap?: boolean;
}

export interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

export interface GridExportOptions {
  lang: Lang;
  /** Also one row per sub-area under each indicator (plans with sub-areas only). */
  byArea?: boolean;
}

const text = (t: string): ExportCell => (t === "" ? null : { kind: "text", text: t });
const num = (v: number | null | undefined): ExportCell =>
  v === null || v === undefined || !Number.isFinite(v) ? null : { kind: "number", value: roundForExport(v) };

/** The programme target of a row: the typed target of one series, or the roll-up's band. */
function rowTarget(
  plan: Plan,
  ind: Indicator,
  area: string | null,
  f: SeriesFigures | null,
): Target | Band | null {
  const areas = area ?? (plan.subAreas.length === 0 ? WHOLE_AREA : null);
  if (areas !== null) return ind.series[areas]?.total ?? null;
  // Growth: the rate is the target; the whole plan has one only when every sub-area plans the same.
  if (KIND_RULES[ind.kind].planIsRate) {
    const rates = plan.subAreas.map((a) => ind.series[a.id]?.total ?? null);
    const [first] = rates;
    return first && rates.every((r) => targetsEqual(r, first)) ? first : null;
  }
  return f?.target ?? null;
}

/** A band as one number, or as text "lo–hi" (rounded like the grid: whole units whole, else 2 decimals). */
function bandCells(b: Band | null, scale: (v: number) => number, lang: Lang, decimals: number): ExportCell {
  if (!b) return null;
  if (b.lo === b.hi) return num(scale(b.lo));
  return text(`${formatNumber(scale(b.lo), lang, decimals)}–${formatNumber(scale(b.hi), lang, decimals)}`);
}

export function gridTable(plan: Plan, options: GridExportOptions): ExportTable {
  const { lang } = options;
  const t = translator(lang);
  const byArea = Boolean(options.byArea) && plan.subAreas.length > 0;
  const half = plan.reporting === "halfYearly";
  const years: number[] = [];
  for (let y = plan.startYear; y <= plan.endYear; y++) years.push(y);

  const columns: ExportColumn[] = [
    ...(byArea ? [{ header: t("export.col.area"), width: 24, wrap: true }] : []),
    { header: t("export.col.code"), width: 6 },
    { header: t("export.col.name"), width: 50, wrap: true },
    { header: t("export.col.unit"), width: 14 },
    { header: t("export.col.kind"), width: 18 },
    { header: t("export.col.bound"), width: 14 },
    { header: t("export.col.baseline"), width: 10 },
    ...years.flatMap((year) => [
      { header: t("export.col.planYear", { year }), width: 10 },
      ...(half
        ? [
            { header: t("export.col.actualH1", { year }), width: 12 },
            { header: t("export.col.actualH2", { year }), width: 12 },
          ]
        : []),
      { header: t("export.col.actualYear", { year }), width: 10 },
    ]),
    { header: t("export.col.target"), width: 12 },
    { header: t("export.col.toDate"), width: 12 },
    { header: t("export.col.achievement"), width: 10 },
    { header: t("fig.gain"), width: 12 },
    { header: t("fig.coverageCol"), width: 12 },
    { header: t("export.col.status"), width: 14 },
    { header: t("export.col.estimates"), width: 14 },
    { header: t("export.col.agency"), width: 30, wrap: true },
    { header: t("export.col.group"), width: 30, wrap: true },
  ];

  const row = (ind: Indicator, area: string | null): ExportCell[] => {
    const f = indicatorFigures(plan, ind, area ?? undefined);
    const s = summarise(f);
    const scale = (v: number) => toDisplay(v, ind.unit, plan.moneyScale);
    const target = rowTarget(plan, ind, area, f);
    const targetBand = target ? ("lo" in target ? target : toBand(target)) : null;
    // A growth target is a rate in %: not money even when the indicator counts đồng.
    const targetScale = KIND_RULES[ind.kind].planIsRate ? (v: number) => v : scale;
    const decimals = WHOLE_UNITS.has(ind.unit) && ind.unit !== "dong" ? 0 : 2;
    const last = f && f.lastIndex >= 0 ? f.points[f.lastIndex] : undefined;
    const toDate = KIND_RULES[ind.kind].cumulative ? last?.cumActual : last?.actual;
    const areaName =
      area === null ? t("export.wholePlan") : (plan.subAreas.find((a) => a.id === area)?.name ?? area);
    const estimates = (f?.points ?? []).filter((p) => p.actual?.estimate).map((p) => p.period.key);
    const yearCells = years.flatMap((year, i) => {
      const point = (h: "H1" | "H2") => f?.points.find((p) => p.period.year === year && p.period.half === h);
      const actual = f?.yearActuals[i];
      return [
        bandCells(f?.years[i]?.band ?? null, scale, lang, decimals),
        ...(half
          ? [num(pv(point("H1")?.actual?.value, scale)), num(pv(point("H2")?.actual?.value, scale))]
          : []),
        num(pv(actual?.value, scale)),
      ];
    });
    return [
      ...(byArea ? [text(areaName)] : []),
      text(ind.code),
      text(ind.name),
      text(unitLabel(ind, plan.moneyScale, t)),
      text(t(`kind.${ind.kind}`)),
      targetBand ? text(t(`bound.${targetBand.bound}`)) : null,
      num(pv(f?.baseline, scale)),
      ...yearCells,
      bandCells(targetBand, targetScale, lang, KIND_RULES[ind.kind].planIsRate ? 2 : decimals),
      num(pv(toDate?.value, scale)),
      num(pct(s.achievement?.planShare)),
      num(pct(s.achievement?.gain)),
      text(s.achievement?.coverage ? `${s.achievement.coverage.have}/${s.achievement.coverage.of}` : ""),
      text(statusLabel(s.status, t)),
      text(estimates.join(", ")),
      text(ind.agency),
      text(ind.group),
    ];
  };

  const rows: ExportCell[][] = [];
  for (const ind of plan.indicators) {
    rows.push(row(ind, null));
    if (byArea) for (const a of plan.subAreas) rows.push(row(ind, a.id));
  }
  return { sheetName: t("export.sheet.indicators"), columns, rows };
}

function pv(v: number | null | undefined, scale: (v: number) => number): number | null {
  return v === null || v === undefined ? null : scale(v);
}

/** A ratio as a percentage with one decimal (0.944 → 94.4); null stays empty. */
function pct(r: number | null | undefined): number | null {
  return r === null || r === undefined ? null : Math.round(r * 1000) / 10;
}

// The grid's columns as a planner reads them: pinned code, name, unit, kind and bound; the baseline;
// one group per year holding Plan and Actual (Actual H1, H2 and the year when the plan reports
// half-yearly); then the programme total, đạt % KH, status and responsible agency.
// A value column's id is the cell key of the domain ("plan:2021", "actual:2021-H1"), so that an
// edit, a note and a copied cell all speak of the same cell.
import { yearsOf } from "../domain/periods";
import type { Plan } from "../domain/schema";
import type { Translate } from "../i18n/translator";

export type ColumnKind =
  | "code"
  | "name"
  | "unit"
  | "kind"
  | "baseline"
  | "plan"
  | "actual"
  | "total"
  | "achievement"
  | "status"
  | "agency";

export interface GridColumn {
  id: string;
  kind: ColumnKind;
  year?: number;
  /** For actual columns: "H1", "H2", or null for the year. */
  half?: "H1" | "H2" | null;
}

export interface YearColumns {
  year: number;
  columns: GridColumn[];
}

export interface ColumnLayout {
  pinned: GridColumn[];
  baseline: GridColumn;
  years: YearColumns[];
  trailing: GridColumn[];
}

export const TEXT_COLUMNS: ReadonlySet<ColumnKind> = new Set(["code", "name", "agency"]);
export const VALUE_COLUMNS: ReadonlySet<ColumnKind> = new Set(["baseline", "plan", "actual", "total"]);

export function columnLayout(plan: Pick<Plan, "startYear" | "endYear" | "reporting">): ColumnLayout {
  const half = plan.reporting === "halfYearly";
  return {
    pinned: [
      { id: "code", kind: "code" },
      { id: "name", kind: "name" },
      { id: "unit", kind: "unit" },
      { id: "kind", kind: "kind" },
    ],
    baseline: { id: "baseline", kind: "baseline" },
    years: yearsOf(plan).map((year) => ({
      year,
      columns: [
        { id: `plan:${year}`, kind: "plan", year },
        ...(half
          ? [
              { id: `actual:${year}-H1`, kind: "actual" as const, year, half: "H1" as const },
              { id: `actual:${year}-H2`, kind: "actual" as const, year, half: "H2" as const },
            ]
          : []),
        { id: `actual:${year}`, kind: "actual", year, half: null },
      ],
    })),
    trailing: [
      { id: "total", kind: "total" },
      { id: "achievement", kind: "achievement" },
      { id: "status", kind: "status" },
      { id: "agency", kind: "agency" },
    ],
  };
}

/** Every column in the order shown. */
export function columnOrder(layout: ColumnLayout): GridColumn[] {
  return [...layout.pinned, layout.baseline, ...layout.years.flatMap((y) => y.columns), ...layout.trailing];
}

export function columnById(layout: ColumnLayout, id: string): GridColumn | undefined {
  return columnOrder(layout).find((c) => c.id === id);
}

/** What kind of column an id names, without the layout: "plan:2021" → plan. */
export function columnKindOf(id: string): ColumnKind | null {
  if (id.startsWith("plan:")) return "plan";
  if (id.startsWith("actual:")) return "actual";
  const plain: readonly ColumnKind[] = [
    "code",
    "name",
    "unit",
    "kind",
    "baseline",
    "total",
    "achievement",
    "status",
    "agency",
  ];
  return plain.find((k) => k === id) ?? null;
}

/** A column named for a message: "2021 · KH", "2021 · TH 6T đầu", "Năm gốc". */
export function columnLabel(id: string, t: Translate): string {
  const m = /^(plan|actual):(\d{4})(?:-(H[12]))?$/.exec(id);
  if (m) {
    const year = m[2] ?? "";
    if (m[1] === "plan") return `${year} · ${t("grid.col.plan")}`;
    if (m[3] === "H1") return `${year} · ${t("grid.col.actualH1")}`;
    if (m[3] === "H2") return `${year} · ${t("grid.col.actualH2")}`;
    return `${year} · ${t("grid.col.actual")}`;
  }
  const kind = columnKindOf(id);
  return kind ? t(`grid.col.${kind}`) : id;
}

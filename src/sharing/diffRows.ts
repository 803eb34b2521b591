// The differences between two versions of a plan as rows a planner reads: what (a figure, a note,
// a new indicator…), which indicator, which sub-area, which cell, the value on each side — values
// written as the grid writes them (src/i18n/targets.ts), text from the plan kept as plain text.
// Used by the merge table and by "what changed since this snapshot".
import type { CellValue } from "../domain/cells";
import type { Indicator, Plan } from "../domain/schema";
import type { DiffItem } from "../domain/sharing/planDiff";
import type { I18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { formatValue, formatTarget } from "../i18n/targets";
import { cellLabel } from "../i18n/sharingErrors";
import { provinceLabel } from "../i18n/labels";

type Say = Pick<I18n, "t" | "lang">;

export interface DiffRow {
  id: string;
  what: string;
  indicator: string;
  area: string;
  cell: string;
  local: string;
  file: string;
  /** Taking the file's side of this row removes something that is here now. */
  removes: boolean;
}

function indicatorText(ind: Pick<Indicator, "code" | "name"> | undefined, fallback: string): string {
  if (!ind) return fallback;
  return ind.code ? `${ind.code}. ${ind.name}` : ind.name;
}

function cellValueText(
  value: CellValue | null,
  ind: Pick<Indicator, "unit"> | undefined,
  plan: Pick<Plan, "moneyScale">,
  { t, lang }: Say,
): string {
  if (value === null) return t("noValue");
  const o = { lang, unit: ind?.unit ?? "people", scale: plan.moneyScale };
  if (typeof value === "number") return formatValue(value, o);
  if ("status" in value) {
    const status = t(value.status === "estimate" ? "actual.estimate" : "actual.final");
    const parts =
      value.numerator !== undefined && value.denominator !== undefined
        ? ` = ${formatValue(value.numerator, { ...o, unit: "people" })}/${formatValue(value.denominator, { ...o, unit: "people" })}`
        : "";
    return `${formatValue(value.value, o)}${parts} (${status})`;
  }
  return formatTarget(value, o);
}

const DETAIL_LABEL: Partial<Record<string, MessageKey>> = {
  title: "title",
  province: "province",
  issuingBody: "issuingBody",
  legalRef: "legalRef",
  startYear: "field.startYear",
  endYear: "field.endYear",
  baselineYear: "field.baselineYear",
  reporting: "reporting",
  moneyScale: "field.moneyScale",
  notes: "field.notes",
  documentType: "field.documentType",
  code: "code",
  name: "name",
  unit: "unit",
  kind: "kind",
  group: "group",
  agency: "agency",
  source: "source",
  note: "note",
  deadline: "deadline",
  status: "status",
};

function fieldLabel(field: string, t: Say["t"]): string {
  const key = DETAIL_LABEL[field];
  return key ? t(key) : field;
}

/** A detail or field value in words. */
function fieldValueText(field: string, value: unknown, say: Say): string {
  const { t } = say;
  if (value === null || value === undefined || value === "") return t("noValue");
  if (field === "province" && typeof value === "string") return provinceLabel(value, t);
  if (field === "reporting") return t(value === "halfYearly" ? "reportingHalfYearly" : "reportingYearly");
  if (field === "documentType") return t(value === "plan" ? "doc.plan" : "doc.programme");
  if (field === "moneyScale") return t(value === "billion" ? "money.billion" : "money.million");
  if (field === "unit" && typeof value === "string") return t(`unit.${value}` as MessageKey);
  if (field === "kind" && typeof value === "string") return t(`kind.${value}` as MessageKey);
  if (field === "direction" && typeof value === "string") return t(`direction.${value}` as MessageKey);
  if (field === "status" && typeof value === "string") return t(`task.${value}` as MessageKey);
  if (typeof value === "boolean") return t(value ? "share.yes" : "share.no");
  if (typeof value === "object") {
    const ref = value as { number?: string; date?: string | null };
    return [ref.number, ref.date].filter(Boolean).join(" ") || t("noValue");
  }
  return String(value);
}

export function diffRow(item: DiffItem, local: Plan, file: Plan, say: Say): DiffRow {
  const { t } = say;
  const ind = (id: string) =>
    local.indicators.find((i) => i.id === id) ?? file.indicators.find((i) => i.id === id);
  const areaName = (id: string) => {
    if (id === "all") return t("export.wholePlan");
    return (local.subAreas.find((a) => a.id === id) ?? file.subAreas.find((a) => a.id === id))?.name ?? id;
  };
  const base = { id: item.id, indicator: "", area: "", cell: "", removes: false };
  const yes = t("share.present");
  const none = t("noValue");
  switch (item.type) {
    case "cell": {
      const i = ind(item.indicatorId);
      return {
        ...base,
        what: t("diff.cell"),
        indicator: indicatorText(i, item.indicatorId),
        area: areaName(item.area),
        cell: cellLabel(item.key, t),
        local: cellValueText(item.local, i, local, say),
        file: cellValueText(item.file, i, file, say),
        removes: item.file === null,
      };
    }
    case "note":
      return {
        ...base,
        what: t("diff.note"),
        indicator: indicatorText(ind(item.indicatorId), item.indicatorId),
        area: areaName(item.area),
        cell: cellLabel(item.key, t),
        local: item.local ?? none,
        file: item.file ?? none,
        removes: item.file === null,
      };
    case "detail":
      return {
        ...base,
        what: t("diff.detail"),
        cell: fieldLabel(item.field, t),
        local: fieldValueText(item.field, item.local, say),
        file: fieldValueText(item.field, item.file, say),
      };
    case "subAreaAdded":
      return { ...base, what: t("diff.subAreaAdded"), area: item.subArea.name, local: none, file: yes };
    case "subAreaRemoved":
      return {
        ...base,
        what: t("diff.subAreaRemoved"),
        area: item.subArea.name,
        local: yes,
        file: none,
        removes: true,
      };
    case "subAreaRenamed":
      return {
        ...base,
        what: t("diff.subAreaRenamed"),
        area: item.local,
        local: item.local,
        file: item.file,
      };
    case "indicatorAdded":
      return {
        ...base,
        what: t("diff.indicatorAdded"),
        indicator: indicatorText(item.indicator, ""),
        local: none,
        file: yes,
      };
    case "indicatorRemoved":
      return {
        ...base,
        what: t("diff.indicatorRemoved"),
        indicator: indicatorText(item.indicator, ""),
        local: yes,
        file: none,
        removes: true,
      };
    case "indicatorField":
      return {
        ...base,
        what: t("diff.indicatorField"),
        indicator: indicatorText(ind(item.indicatorId), item.indicatorId),
        cell: fieldLabel(item.field, t),
        local: fieldValueText(item.field, item.local, say),
        file: fieldValueText(item.field, item.file, say),
      };
    case "taskAdded":
      return { ...base, what: t("diff.taskAdded"), indicator: item.task.title, local: none, file: yes };
    case "taskRemoved":
      return {
        ...base,
        what: t("diff.taskRemoved"),
        indicator: item.task.title,
        local: yes,
        file: none,
        removes: true,
      };
    case "taskField": {
      const task =
        local.tasks.find((x) => x.id === item.taskId) ?? file.tasks.find((x) => x.id === item.taskId);
      return {
        ...base,
        what: t("diff.taskField"),
        indicator: task?.title ?? item.taskId,
        cell: fieldLabel(item.field, t),
        local: fieldValueText(item.field, item.local, say),
        file: fieldValueText(item.field, item.file, say),
      };
    }
  }
}

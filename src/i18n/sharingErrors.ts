// Refusals of the sharing functions as sentences in the interface language, each naming its place
// (indicator code, sub-area name, cell) where it has one. Exhaustive switches: a new kind of refusal
// is a type error here until it has a message.
import type { Edit } from "../domain/edits";
import type { PlanProblem } from "../domain/planChecks";
import type { Plan } from "../domain/schema";
import { type CombineError, defaultSourceNames } from "../domain/sharing/combinePlans";
import type { MergeError } from "../domain/sharing/mergePlan";
import type { RollForwardError } from "../domain/sharing/rollForward";
import type { SubAreaPartError } from "../domain/sharing/subAreaExport";
import type { Translate } from "./translator";

/** "actual:2021-H1" → "TH 6 tháng đầu 2021"; "baseline" → "Năm gốc". */
export function cellLabel(key: string, t: Translate): string {
  if (key === "baseline") return t("export.col.baseline");
  if (key === "total") return t("export.col.target");
  const m = /^(plan|actual):(\d{4})(?:-(H[12]))?$/.exec(key);
  if (!m) return key;
  const year = m[2] as string;
  if (m[1] === "plan") return t("export.col.planYear", { year });
  if (m[3] === "H1") return t("export.col.actualH1", { year });
  if (m[3] === "H2") return t("export.col.actualH2", { year });
  return t("export.col.actualYear", { year });
}

function areaLabel(plan: Pick<Plan, "subAreas">, area: string | undefined, t: Translate): string {
  if (area === undefined || area === "all") return t("export.wholePlan");
  return plan.subAreas.find((a) => a.id === area)?.name ?? area;
}

function indicatorLabel(plan: Pick<Plan, "indicators">, id: string): string {
  const ind = plan.indicators.find((i) => i.id === id);
  return ind ? ind.code || ind.name : id;
}

/** The cell an edit of a merge touched, if it touched one. */
function editPlace(edit: Edit): { indicatorId: string; area: string; key: string } | null {
  if (edit.type === "setCell" || edit.type === "setNote") return edit;
  return null;
}

function problemText(p: PlanProblem, plan: Plan, t: Translate): string {
  const problem = t(`problem.${p.code}`);
  if (p.indicator === undefined) return t("merge.invalidPlain", { problem });
  return t("merge.invalidResult", {
    indicator: p.indicator,
    area: areaLabel(plan, p.area, t),
    cell: p.cell ? cellLabel(p.cell, t) : "—",
    problem,
  });
}

export function mergeErrorMessage(error: MergeError | SubAreaPartError, plan: Plan, t: Translate): string {
  switch (error.reason) {
    case "differentPlan":
      return t("merge.differentPlan");
    case "layoutDiffers":
      return t("merge.layoutDiffers");
    case "refused": {
      const problem = t(`problem.${error.error.problem}`);
      const place = editPlace(error.error.edit);
      if (!place) return t("merge.refusedPlain", { problem });
      return t("merge.refused", {
        indicator: indicatorLabel(plan, place.indicatorId),
        area: areaLabel(plan, place.area, t),
        cell: cellLabel(place.key, t),
        problem,
      });
    }
    case "invalidResult":
      return error.problems.map((p) => problemText(p, plan, t)).join("\n");
    case "unknownArea":
      return t("part.unknownArea");
    case "areaNotInFile":
      return t("part.areaNotInFile");
  }
}

export function combineErrorMessage(error: CombineError, plans: readonly Plan[], t: Translate): string {
  switch (error.reason) {
    case "tooFew":
      return t("combine.tooFew");
    case "periodsDiffer": {
      const names = defaultSourceNames(plans);
      const periods = error.periods
        .map(
          (p) =>
            `${names[p.plan]}: ${p.startYear === p.endYear ? p.startYear : `${p.startYear}–${p.endYear}`}`,
        )
        .join("; ");
      return t("combine.periodsDiffer", { periods });
    }
    case "matchingInvalid":
      return t("combine.matchingInvalid");
    case "conflicts":
      return t("combine.conflicts");
    case "tooLarge":
      return t("combine.tooLarge");
    case "invalidResult":
      return t("combine.invalidResult");
  }
}

export function rollForwardErrorMessage(error: RollForwardError, t: Translate): string {
  switch (error.reason) {
    case "invalidPeriod":
      return t("rollForward.invalidPeriod");
    case "invalidResult":
      return t("rollForward.invalidResult");
  }
}

// The "Bảng số liệu" and "Nhiệm vụ" tabs of a stored plan: the indicator grid and the task sheet.
// AG Grid and the grid's code load when one of them is first opened (not with the library), each in
// its own <Suspense>. The sub-area shown is kept in the address (#/plan/<id>/grid/<sub-area>), so a
// reload or a shared link opens the same one.
import { lazy, Suspense, useCallback, useState } from "react";
import { SheetImportDialog } from "../sharing/lazy";
import { newIndicatorRows, pastedTable } from "../sharing/spreadsheet/pastedIndicators";
import { usePlanEditor } from "../bindings/planEditor";
import { navigate } from "../ui/router";
import { todayIso } from "../ui/today";
import { useI18n } from "../i18n/I18nProvider";
import "./planSheet.css";
import { TargetChecks } from "./TargetChecks";

const PlanGridLazy = lazy(() => import("../grid/PlanGrid").then((m) => ({ default: m.PlanGrid })));
const TextTargetsLazy = lazy(() =>
  import("../sharing/textTargets/TextTargetsDialog").then((m) => ({ default: m.TextTargetsDialog })),
);
const TaskSheetLazy = lazy(() => import("../grid/TaskSheet").then((m) => ({ default: m.TaskSheet })));

function Loading() {
  const { t } = useI18n();
  return (
    <p className="hint grid-loading" role="status">
      {t("grid.loading")}
    </p>
  );
}

export function GridView({ item }: { item: string | null }) {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const [pasted, setPasted] = useState<{ table: ReturnType<typeof pastedTable> } | null>(null);
  // Rows whose names the plan does not have are offered as new indicators, in the import's mapping step.
  const onPasteRows = useCallback(
    (rows: string[][]) => {
      if (newIndicatorRows(rows, plan) === 0) return false;
      setPasted({ table: pastedTable(rows, t("sheet.pastedName")) });
      return true;
    },
    [plan, t],
  );
  return (
    <>
      <TargetChecks />
      <Suspense fallback={<Loading />}>
        <PlanGridLazy
          area={item ?? undefined}
          onAreaChange={(area) => navigate({ name: "plan", planId: plan.id, view: "grid", item: area })}
          onPasteRows={onPasteRows}
          fromText={(close, notify) => (
            <Suspense fallback={null}>
              <TextTargetsLazy onClose={close} onAdded={notify} />
            </Suspense>
          )}
        />
        {pasted && <SheetImportDialog source={pasted} openPlanId={plan.id} onClose={() => setPasted(null)} />}
      </Suspense>
    </>
  );
}

export function TasksView() {
  return (
    <Suspense fallback={<Loading />}>
      <TaskSheetLazy today={todayIso()} />
    </Suspense>
  );
}

// Merging a file into the plan here: a table of what differs (indicator, sub-area, cell, the value
// here and the value in the file), a choice per row, "everything from the file" / "keep everything
// here", then ONE batch edit through the plan's edit path — a single step that Undo takes back on
// the plan page. For a commune's returned part, only that sub-area's figures are compared and taken.
import { useMemo, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import type { Plan } from "../domain/schema";
import { type MergeChoices, mergePlan, type Side } from "../domain/sharing/mergePlan";
import { type DiffItem, type PlanDiff, planDiff } from "../domain/sharing/planDiff";
import { mergeSubArea, subAreaDiff } from "../domain/sharing/subAreaExport";
import { useI18n } from "../i18n/I18nProvider";
import { formatNumber } from "../i18n/numbers";
import { mergeErrorMessage } from "../i18n/sharingErrors";
import { PlanEditorProvider } from "../bindings/PlanEditorProvider";
import { DiffTable } from "./DiffTable";
import { diffRow } from "./diffRows";

interface Props {
  planId: string;
  filePlan: Plan;
  /** A returned sub-area part: merge into this sub-area only. */
  areaId: string | null;
  onDone: () => void;
  onCancel: () => void;
}

export function MergePanel(props: Props) {
  const { t } = useI18n();
  return (
    <PlanEditorProvider
      planId={props.planId}
      fallback={(status) => (
        <p className="hint">{status === "loading" ? t("plan.loading") : t("plan.missing")}</p>
      )}
    >
      <MergeTable {...props} />
    </PlanEditorProvider>
  );
}

/** Removing something, or clearing a value that is here, is never the default: the planner asks. */
function defaultChoices(items: readonly DiffItem[]): MergeChoices {
  const each: Record<string, Side> = {};
  for (const i of items) {
    const removes =
      i.type === "indicatorRemoved" ||
      i.type === "taskRemoved" ||
      i.type === "subAreaRemoved" ||
      ((i.type === "cell" || i.type === "note") && i.file === null);
    if (removes) each[i.id] = "local";
  }
  return { all: "file", each };
}

function MergeTable({ filePlan, areaId, onDone, onCancel }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { plan: local, dispatch, writable } = usePlanEditor();
  const diff = useMemo<PlanDiff>(
    () =>
      areaId
        ? { sameId: true, layoutDiffers: false, items: subAreaDiff(local, filePlan, areaId) }
        : planDiff(local, filePlan),
    [local, filePlan, areaId],
  );
  const [choices, setChoices] = useState<MergeChoices>(() => defaultChoices(diff.items));
  const [error, setError] = useState<string | null>(null);
  const rows = useMemo(
    () => diff.items.map((i) => diffRow(i, local, filePlan, i18n)),
    [diff, local, filePlan, i18n],
  );
  const side = (id: string): Side => choices.each?.[id] ?? choices.all;
  const taken = diff.items.filter((i) => side(i.id) === "file").length;
  const cells = diff.items.filter((i) => i.type === "cell").length;

  const apply = () => {
    const r = areaId
      ? mergeSubArea(local, filePlan, areaId, choices)
      : mergePlan(local, filePlan, diff, choices);
    if (!r.ok) {
      setError(mergeErrorMessage(r.error, local, t));
      return;
    }
    const d = dispatch(r.edit);
    if (!d.ok) {
      setError(t("merge.refusedPlain", { problem: t(`problem.${d.error.problem}`) }));
      return;
    }
    onDone();
  };

  if (diff.items.length === 0) {
    return (
      <div className="merge-panel">
        <p role="status">{t("share.noDifference")}</p>
        <button type="button" className="button" onClick={onCancel}>
          {t("close")}
        </button>
      </div>
    );
  }
  return (
    <div className="merge-panel">
      <p>
        {t("share.diffCount", {
          cells: formatNumber(cells, lang),
          other: formatNumber(diff.items.length - cells, lang),
        })}
      </p>
      {diff.layoutDiffers && <p className="field-hint">{t("merge.layoutDiffers")}</p>}
      <div className="merge-tools">
        <button type="button" className="button" onClick={() => setChoices({ all: "file" })}>
          {t("merge.allFromFile")}
        </button>
        <button type="button" className="button" onClick={() => setChoices({ all: "local" })}>
          {t("merge.allLocal")}
        </button>
      </div>
      <DiffTable
        rows={rows}
        leftLabel={t("merge.local")}
        rightLabel={t("merge.file")}
        choice={{
          side,
          choose: (id, s) => setChoices((c) => ({ ...c, each: { ...c.each, [id]: s } })),
        }}
      />
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      <div className="import-actions">
        <button type="button" className="button primary" disabled={!writable || taken === 0} onClick={apply}>
          {t("share.applyMerge", { n: formatNumber(taken, lang) })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}

// The plan's checks on targets: each indicator whose target lies on the wrong side of its baseline
// for its direction ("mục tiêu thấp hơn năm gốc — chỉ tiêu cần giảm?"), with one click to change
// the direction. The change is one edit, undoable like any other.
import { useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { WHOLE_AREA } from "../domain/schema";
import { flipped, wrongSideTargets } from "../domain/targetChecks";
import { useI18n } from "../i18n/I18nProvider";

export function TargetChecks() {
  const editor = usePlanEditor();
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const found = wrongSideTargets(editor.plan);
  if (found.length === 0) return null;
  const areaName = (id: string) =>
    id === WHOLE_AREA ? null : (editor.plan.subAreas.find((a) => a.id === id)?.name ?? id);
  return (
    <section className="target-checks" aria-label={t("fig.checksTitle")}>
      <h2 className="target-checks-title">{t("fig.checksTitle")}</h2>
      <ul>
        {found.map(({ indicator: ind, areas }) => {
          const names = areas.map(areaName).filter((n): n is string => n !== null);
          return (
            <li key={ind.id} data-indicator={ind.id}>
              <strong>{ind.code ? `${ind.code}. ${ind.name}` : ind.name}</strong>
              {names.length > 0 && <span className="muted"> ({names.join(", ")})</span>}:{" "}
              {t(`fig.wrongSide.${ind.direction}`)}{" "}
              {editor.writable && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    const r = editor.dispatch({
                      type: "updateIndicator",
                      indicatorId: ind.id,
                      patch: { direction: flipped(ind.direction) },
                    });
                    setProblem(
                      r.ok ? null : t("grid.refusedEdit", { reason: t(`problem.${r.error.problem}`) }),
                    );
                  }}
                >
                  {t(`fig.flip.${flipped(ind.direction)}`)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

// The import screen: one card per plan found in the dropped or picked files (a backup gives one per
// plan), each with its summary, every problem found, and what can be done with it. Nothing is
// stored until the planner presses one of a card's buttons; "Add every new plan" does it for all
// plans that are not in the library yet (restoring a backup on a new computer).
import { useEffect, useRef, useState } from "react";
import { navigate } from "../ui/router";
import { useI18n } from "../i18n/I18nProvider";
import type { PlanFileReader } from "../io/worker/planFileReader";
import { useLibraryState, usePlanList } from "../bindings/hooks";
import type { ImportFile } from "./ImportCenter";
import { ImportItemCard, type Outcome } from "./ImportItemCard";
import { addPlan } from "./importActions";

export function ImportDialog({
  files,
  reader,
  onClose,
}: {
  files: readonly ImportFile[];
  reader: PlanFileReader | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const open = files.length > 0;
  const library = usePlanList(useLibraryState() === "ready" && open);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (!open) setOutcomes({});
  }, [open]);

  const known = new Set((library ?? []).map((p) => p.id));
  const reading = files.filter((f) => !f.read).length;
  const seen = new Set<string>();
  const newOnes = files.flatMap((f) =>
    (f.read?.items ?? []).flatMap((item, i) =>
      item.ok && !known.has(item.summary.id) && !seen.has(item.summary.id) && !outcomes[`${f.key}:${i}`]
        ? (seen.add(item.summary.id), [{ key: `${f.key}:${i}`, item }])
        : [],
    ),
  );
  const setOutcome = (key: string, outcome: Outcome) => setOutcomes((prev) => ({ ...prev, [key]: outcome }));

  const addAll = async () => {
    if (!reader) return;
    setBusy(true);
    for (const { key, item } of newOnes) setOutcome(key, await addPlan(reader, item.token));
    setBusy(false);
  };

  const openPlan = (planId: string) => {
    onClose();
    navigate({ name: "plan", planId, view: null });
  };

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-heading" onClose={onClose}>
      <div className="import-top">
        <h2 id="import-heading">{t("share.importHeading")}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <p className="hint">{t("share.importHint")}</p>
      {reading > 0 && (
        <p className="hint" role="status">
          {t("share.reading", { n: reading })}
        </p>
      )}
      {newOnes.length > 1 && (
        <p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void addAll()}>
            {t("share.addAllNew", { n: newOnes.length })}
          </button>
        </p>
      )}
      <ul className="import-list">
        {files.map((f) =>
          f.read ? (
            f.read.items.map((item, i) => (
              <li key={`${f.key}:${i}`}>
                <ImportItemCard
                  fileName={f.name}
                  backup={f.read?.backup ?? false}
                  item={item}
                  reader={reader}
                  exists={item.ok && known.has(item.summary.id)}
                  libraryReady={library !== undefined}
                  outcome={outcomes[`${f.key}:${i}`] ?? null}
                  setOutcome={(o) => setOutcome(`${f.key}:${i}`, o)}
                  openPlan={openPlan}
                />
              </li>
            ))
          ) : (
            <li key={f.key} className="import-card reading">
              <strong className="file-name">{f.name}</strong>{" "}
              <span className="muted">{t("share.readingOne")}</span>
            </li>
          ),
        )}
      </ul>
    </dialog>
  );
}

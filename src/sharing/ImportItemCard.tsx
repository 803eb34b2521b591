// One plan found in an imported file: what it is (title, province, period, how many indicators,
// values and tasks), what the reader noticed, and what can be done with it. A plan that is not here
// yet can be added; one that is (same plan id) can be opened as a copy, replace the plan here (which
// is kept as a snapshot first) or be merged into it cell by cell — or, for a sub-area's part sent
// back by a commune, merged into that sub-area only. A file that cannot be read says why and where.
import { useEffect, useState } from "react";
import { planFileWarningText } from "../i18n/planFileErrorText";
import { periodLabel, provinceLabel } from "../i18n/labels";
import type { Plan } from "../domain/schema";
import { isSubAreaPart } from "../domain/sharing/subAreaExport";
import { formatTimestamp } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { formatNumber } from "../i18n/numbers";
import type { PlanFileReader } from "../io/worker/planFileReader";
import type { ImportItem } from "../io/worker/readForImport";
import { getPlan } from "../storage/library";
import { addAsCopy, addPlan, replaceWithFile, type Outcome } from "./importActions";
import { importErrorText } from "./importErrorText";
import { MergePanel } from "./MergePanel";

export type { Outcome } from "./importActions";

interface Props {
  fileName: string;
  backup: boolean;
  item: ImportItem;
  reader: PlanFileReader | null;
  exists: boolean;
  libraryReady: boolean;
  outcome: Outcome | null;
  setOutcome: (o: Outcome) => void;
  openPlan: (planId: string) => void;
}

export function ImportItemCard(props: Props) {
  const { fileName, backup, item } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const origin = (
    <p className="muted file-origin">
      {t("share.fromFile", { name: fileName })}
      {backup && item.entry !== null && ` · ${t("share.backupEntry", { n: item.entry + 1 })}`}
    </p>
  );
  if (!item.ok) {
    const text = importErrorText(item.error, i18n);
    return (
      <article className="import-card refused" aria-label={t("share.refusedLabel", { name: fileName })}>
        <strong className="file-name">{fileName}</strong>
        {backup && item.entry !== null && (
          <p className="muted file-origin">{t("share.backupEntry", { n: item.entry + 1 })}</p>
        )}
        <p className="import-error" role="alert">
          {text.summary}
        </p>
        {text.details.length > 0 && (
          <ul className="problem-list">
            {text.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
        <p className="muted">{text.nothingChanged}</p>
      </article>
    );
  }
  return <ReadableCard {...props} item={item} origin={origin} />;
}

type Mode = "choose" | "confirmReplace" | "merge" | "busy";

function ReadableCard({
  item,
  reader,
  exists,
  libraryReady,
  outcome,
  setOutcome,
  openPlan,
  origin,
}: Props & { item: Extract<ImportItem, { ok: true }>; origin: React.ReactNode }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const s = item.summary;
  const [mode, setMode] = useState<Mode>("choose");
  const [local, setLocal] = useState<Plan | null>(null);
  const [filePlan, setFilePlan] = useState<Plan | null>(null);

  useEffect(() => {
    if (!exists) return;
    let live = true;
    void getPlan(s.id).then((p) => live && setLocal(p));
    return () => {
      live = false;
    };
  }, [exists, s.id]);

  // The file's plan compared with the one here only by its id and sub-areas (isSubAreaPart).
  const partArea = local ? isSubAreaPart(local, { ...local, id: s.id, subAreas: s.subAreas }) : null;
  const partName = partArea ? (local?.subAreas.find((a) => a.id === partArea)?.name ?? partArea) : "";

  const run = async (action: () => Promise<Outcome>) => {
    setMode("busy");
    setOutcome(await action());
    setMode("choose");
  };
  const startMerge = async () => {
    if (!reader) return;
    setMode("busy");
    const plan = await reader.plan(item.token);
    if (!plan) {
      setOutcome({ kind: "failed", reason: "gone" });
      setMode("choose");
      return;
    }
    setFilePlan(plan);
    setMode("merge");
  };
  const n = (v: number) => formatNumber(v, lang);
  const snapshotName = t("share.beforeReplace", { date: formatTimestamp(new Date().toISOString(), lang) });

  return (
    <article className="import-card" aria-label={s.title}>
      <h3 className="import-title">
        {s.title}
        {s.illustrative && <span className="illustrative-tag">{t("illustrative")}</span>}
      </h3>
      {origin}
      <dl className="import-facts">
        <div>
          <dt>{t("province")}</dt>
          <dd>{provinceLabel(s.province, t)}</dd>
        </div>
        <div>
          <dt>{t("period")}</dt>
          <dd>{periodLabel(s)}</dd>
        </div>
        <div>
          <dt>{t("indicators")}</dt>
          <dd>{n(s.indicators)}</dd>
        </div>
        <div>
          <dt>{t("share.values")}</dt>
          <dd>{n(s.values)}</dd>
        </div>
        <div>
          <dt>{t("tasks")}</dt>
          <dd>{n(s.tasks)}</dd>
        </div>
        <div>
          <dt>{t("sub.heading")}</dt>
          <dd>{s.subAreas.length > 0 ? n(s.subAreas.length) : t("none")}</dd>
        </div>
        <div>
          <dt>{t("share.writtenAt")}</dt>
          <dd>
            {formatTimestamp(s.file.exportedAt, lang)} · {s.file.appName} {s.file.appVersion}
          </dd>
        </div>
      </dl>
      {item.warnings.length > 0 && (
        <ul className="warning-list">
          {item.warnings.map((w, i) => (
            <li key={i}>{planFileWarningText(w, i18n)}</li>
          ))}
        </ul>
      )}
      {outcome ? (
        <OutcomeLine outcome={outcome} openPlan={openPlan} />
      ) : !libraryReady ? (
        <p className="hint">{t("library.opening")}</p>
      ) : !exists ? (
        <div className="import-actions">
          <span className="import-status">{t("share.newPlan")}</span>
          <button
            type="button"
            className="button primary"
            disabled={mode === "busy" || !reader}
            onClick={() => reader && void run(() => addPlan(reader, item.token))}
          >
            {t("share.add")}
          </button>
        </div>
      ) : (
        <>
          <p className="import-status">
            {t("share.existsAs", { title: local?.title ?? "…" })}
            {partArea && (
              <>
                {" "}
                <strong>{t("share.isPart", { area: partName })}</strong>
              </>
            )}
          </p>
          {mode === "confirmReplace" ? (
            <div className="import-actions confirm-box" role="group">
              <p>{t("share.replaceConfirm", { name: snapshotName })}</p>
              <button
                type="button"
                className="button danger"
                onClick={() => reader && void run(() => replaceWithFile(reader, item.token, snapshotName))}
              >
                {t("share.replace")}
              </button>
              <button type="button" className="button" onClick={() => setMode("choose")}>
                {t("cancel")}
              </button>
            </div>
          ) : mode === "merge" && filePlan ? (
            <MergePanel
              planId={s.id}
              filePlan={filePlan}
              areaId={partArea}
              onCancel={() => setMode("choose")}
              onDone={() => setOutcome({ kind: "merged", planId: s.id })}
            />
          ) : (
            <div className="import-actions">
              <button
                type="button"
                className="button primary"
                disabled={mode === "busy" || !local}
                onClick={() => void startMerge()}
              >
                {partArea ? t("share.mergePart", { area: partName }) : t("share.merge")}
              </button>
              <button
                type="button"
                className="button"
                disabled={mode === "busy" || !reader}
                onClick={() =>
                  reader &&
                  void run(() => addAsCopy(reader, item.token, (title) => t("library.copyTitle", { title })))
                }
              >
                {t("share.openAsCopy")}
              </button>
              {!partArea && (
                <button
                  type="button"
                  className="button"
                  disabled={mode === "busy"}
                  onClick={() => setMode("confirmReplace")}
                >
                  {t("share.replace")}…
                </button>
              )}
            </div>
          )}
        </>
      )}
    </article>
  );
}

function OutcomeLine({ outcome, openPlan }: { outcome: Outcome; openPlan: (id: string) => void }) {
  const { t } = useI18n();
  if (outcome.kind === "failed") {
    return (
      <p className="import-error" role="alert">
        {t(
          `share.failed.${outcome.reason === "gone" || outcome.reason === "exists" ? outcome.reason : "other"}`,
        )}{" "}
        {t("file.nothingChanged")}
      </p>
    );
  }
  return (
    <p className="import-done" role="status">
      ✓ {t(`share.done.${outcome.kind}`)}{" "}
      <button type="button" className="button small" onClick={() => openPlan(outcome.planId)}>
        {t("share.openPlan")}
      </button>
    </p>
  );
}

// Named versions of a plan ("Dự thảo lần 2"): save one, list them, see what changed between a
// version and the plan as it is now (the same comparison as a merge, as a table), restore one.
// Restoring first keeps the current plan as a version of its own, in the same transaction, so a
// restore can itself be undone by restoring that version.
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import type { Plan } from "../domain/schema";
import { planDiff } from "../domain/sharing/planDiff";
import { formatTimestamp } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import {
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  nowIso,
  replaceKeepingSnapshot,
  saveSnapshot,
  type SnapshotSummary,
} from "../storage/library";
import { DiffTable } from "./DiffTable";
import { diffRow } from "./diffRows";

export function SnapshotsPanel() {
  const { plan, writable } = usePlanEditor();
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [list, setList] = useState<SnapshotSummary[] | null>(null);
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [compared, setCompared] = useState<{ snap: SnapshotSummary; plan: Plan } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = useCallback(() => void listSnapshots(plan.id).then(setList), [plan.id]);
  useEffect(reload, [reload]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const title = name.trim();
    if (!title) {
      setMessage(t("field.required"));
      return;
    }
    const r = await saveSnapshot(plan.id, title, plan);
    setMessage(r.ok ? t("share.snapshotSaved", { name: title }) : t("share.exportFailed"));
    if (r.ok) setName("");
    reload();
  };
  const compare = async (snap: SnapshotSummary) => {
    const record = await getSnapshot(snap.id);
    setCompared(record ? { snap, plan: record.plan } : null);
  };
  const restore = async (snap: SnapshotSummary) => {
    setConfirming(null);
    const record = await getSnapshot(snap.id);
    if (!record) return;
    const keep = t("share.beforeRestore", { date: formatTimestamp(nowIso(), lang) });
    const r = await replaceKeepingSnapshot({ ...record.plan, updatedAt: nowIso() }, keep);
    setMessage(r.ok ? t("share.restored", { name: snap.name, kept: keep }) : t("share.exportFailed"));
    setCompared(null);
    reload();
  };
  const remove = async (snap: SnapshotSummary) => {
    await deleteSnapshot(snap.id);
    if (compared?.snap.id === snap.id) setCompared(null);
    reload();
  };

  const rows = useMemo(
    () =>
      compared ? planDiff(plan, compared.plan).items.map((i) => diffRow(i, plan, compared.plan, i18n)) : [],
    [compared, plan, i18n],
  );

  return (
    <section className="panel" aria-labelledby="snap-heading">
      <h2 id="snap-heading">{t("share.snapshots")}</h2>
      <p className="hint">{t("share.snapshotsHint")}</p>
      <form className="export-bar" onSubmit={(e) => void save(e)}>
        <label className="field inline">
          <span>{t("share.snapshotName")}</span>
          <input
            className="text-input"
            value={name}
            maxLength={200}
            placeholder={t("share.snapshotPlaceholder")}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button primary" disabled={!writable}>
          {t("share.saveSnapshot")}
        </button>
        <span className="share-message" role="status" aria-live="polite">
          {message}
        </span>
      </form>
      {list && list.length === 0 && <p className="empty">{t("share.noSnapshots")}</p>}
      {list && list.length > 0 && (
        <ul className="snapshot-list">
          {list.map((s) => (
            <li key={s.id}>
              <span className="snapshot-name">{s.name}</span>
              <span className="muted">{formatTimestamp(s.createdAt, lang)}</span>
              <span className="row-actions">
                <button type="button" className="button small" onClick={() => void compare(s)}>
                  {t("share.compare")}
                </button>
                {confirming === s.id ? (
                  <>
                    <span className="confirm">{t("share.restoreConfirm")}</span>
                    <button type="button" className="button small danger" onClick={() => void restore(s)}>
                      {t("share.restore")}
                    </button>
                    <button type="button" className="button small" onClick={() => setConfirming(null)}>
                      {t("cancel")}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button small"
                    disabled={!writable}
                    onClick={() => setConfirming(s.id)}
                  >
                    {t("share.restore")}…
                  </button>
                )}
                <button
                  type="button"
                  className="button small danger"
                  aria-label={t("library.actionFor", { action: t("delete"), title: s.name })}
                  onClick={() => void remove(s)}
                >
                  {t("delete")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {compared && (
        <div className="snapshot-compare">
          <h3>{t("share.changesSince", { name: compared.snap.name })}</h3>
          {rows.length === 0 ? (
            <p role="status">{t("share.noChanges")}</p>
          ) : (
            <DiffTable rows={rows} leftLabel={t("share.current")} rightLabel={t("share.inSnapshot")} />
          )}
        </div>
      )}
    </section>
  );
}

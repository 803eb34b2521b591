// Sending every commune its part and collecting them back, for a province of up to ~170 communes:
// all parts exported at once as one .zip (one plan file per sub-area), and the returned files —
// chosen together, plan files or .zip files — checked, listed (who has returned, who has not, what
// was not taken and why) and merged in ONE edit, undone at once.
import { useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { planFileErrorText } from "../i18n/planFileErrorText";
import type { Plan } from "../domain/schema";
import { collectPartsInSteps, type CollectResult } from "../domain/sharing/collectParts";
import { useI18n } from "../i18n/I18nProvider";
import { downloadBlob } from "../ui/download";
import { partsZip, pauseEvery, readReturnedFiles } from "./partsZip";

interface Collected {
  result: CollectResult;
  unread: { file: string; reason: string }[];
  merged: boolean;
}

export function CommuneParts() {
  const { plan, dispatch, writable } = usePlanEditor();
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<"reading" | "writing" | null>(null);
  const [collected, setCollected] = useState<Collected | null>(null);
  if (plan.subAreas.length < 2) return null;
  const nameOf = new Map(plan.subAreas.map((a) => [a.id, a.name]));

  const exportAll = async () => {
    setBusy("writing");
    try {
      const zip = await partsZip(plan, new Date());
      downloadBlob(new Blob([zip.bytes as BlobPart], { type: "application/zip" }), zip.name);
      setMessage(t("parts.exported", { n: zip.count, name: zip.name }));
    } catch {
      setMessage(t("parts.exportFailed"));
    } finally {
      setBusy(null);
    }
  };

  const collect = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy("reading");
    setCollected(null);
    try {
      const read = await readReturnedFiles(files);
      const plans: { name: string; plan: Plan }[] = [];
      const unread: Collected["unread"] = [];
      for (const r of read) {
        if (r.result.ok) plans.push({ name: r.name, plan: r.result.plan });
        else
          unread.push({
            file: r.name,
            reason:
              r.result.error.kind === "badZip"
                ? t("parts.badZip")
                : planFileErrorText(r.result.error, { t, lang }).summary,
          });
      }
      // Compared with the plan in steps of 40 ms, the page answering between them.
      const result = await collectPartsInSteps(plan, plans, pauseEvery(40));
      setCollected({ result, unread, merged: false });
    } finally {
      setBusy(null);
    }
  };

  const merge = () => {
    if (!collected) return;
    const r = dispatch(collected.result.edit);
    if (!r.ok) return setMessage(t(`problem.${r.error.problem}`));
    setCollected({ ...collected, merged: true });
    setMessage(t("parts.merged", { n: collected.result.returned.length }));
  };

  const result = collected?.result;
  return (
    <section className="panel" aria-labelledby="parts-heading">
      <h2 id="parts-heading">{t("parts.heading")}</h2>
      <p className="hint">{t("parts.hint", { n: plan.subAreas.length })}</p>
      <div className="export-bar">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void exportAll()}>
          {t("parts.exportAll")}
        </button>
        <label className="button">
          {t("parts.collect")}
          <input
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
            className="visually-hidden"
            disabled={!writable || busy !== null}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = "";
              void collect(files);
            }}
          />
        </label>
        <span className="share-message" role="status" aria-live="polite">
          {busy ? t(`parts.${busy}`) : message}
        </span>
      </div>
      {collected && result && (
        <div className="parts-result">
          <p>
            {t("parts.summary", {
              returned: result.returned.length,
              all: plan.subAreas.length,
              missing: result.missing.length,
            })}
          </p>
          {!collected.merged && result.returned.length > 0 && (
            <button type="button" className="button primary" disabled={!writable} onClick={merge}>
              {t("parts.merge", { n: result.returned.length })}
            </button>
          )}
          <table className="parts-table">
            <caption className="visually-hidden">{t("parts.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("statusTable.area")}</th>
                <th scope="col">{t("parts.state")}</th>
                <th scope="col">{t("parts.file")}</th>
              </tr>
            </thead>
            <tbody>
              {result.returned.map((p) => (
                <tr key={p.areaId} className="part-returned">
                  <th scope="row">{nameOf.get(p.areaId)}</th>
                  <td>
                    <span aria-hidden="true">✔ </span>
                    {t("parts.returned", { n: p.changed })}
                  </td>
                  <td>{p.file}</td>
                </tr>
              ))}
              {result.missing.map((id) => (
                <tr key={id} className="part-missing">
                  <th scope="row">{nameOf.get(id)}</th>
                  <td>
                    <span aria-hidden="true">○ </span>
                    {t("parts.missing")}
                  </td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
          {(result.refused.length > 0 || collected.unread.length > 0) && (
            <ul className="field-error" role="alert">
              {result.refused.map((r) => (
                <li key={r.file}>
                  {r.file}: {t(`parts.refused.${r.reason}`)}
                </li>
              ))}
              {collected.unread.map((r) => (
                <li key={r.file}>
                  {r.file}: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

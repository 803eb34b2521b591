// Importing a spreadsheet (.xlsx, CSV): the file is read in the read worker, the mapping step shows
// how it is read — sheet, header rows, what each column is, every row with its unit and kind, every
// cell that could not be read with its address — and where it goes: a new plan, new indicators in
// the open plan, or a commune's values for one sub-area of the open plan. Nothing is stored until
// the planner confirms; then it is ONE edit on the plan's page (pendingImport.ts), undone in one step.
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { navigate } from "../../ui/router";
import type { Plan } from "../../domain/schema";
import { WHOLE_AREA } from "../../domain/schema";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../i18n/numbers";
import { titleAbove } from "../../io/spreadsheet/headers";
import { planImport, type ImportTarget } from "../../io/spreadsheet/importEdit";
import { getPlan, newId, nowIso, putPlan } from "../../storage/library";
import { MappingControls } from "./MappingControls";
import { setPendingImport } from "./pendingImport";
import { PreviewTable } from "./PreviewTable";
import { sheetErrorText } from "./sheetErrorText";
import { useSheetMapping, type SheetSource } from "./useSheetMapping";
import "./spreadsheet.css";
import "../../i18n/spreadsheetMessages";

type TargetKind = ImportTarget["kind"];

/** One of the three places the sheet can go: a new plan, the open plan, one sub-area of it. */
function TargetChoice(props: {
  kind: TargetKind;
  current: TargetKind;
  onPick: (kind: TargetKind) => void;
  children: ReactNode;
}) {
  return (
    <label className="check">
      <input
        type="radio"
        name="sheet-target"
        checked={props.current === props.kind}
        onChange={() => props.onPick(props.kind)}
      />
      <span>{props.children}</span>
    </label>
  );
}

export function SheetImportDialog({
  source,
  openPlanId,
  onClose,
}: {
  source: SheetSource;
  openPlanId: string | null;
  onClose: () => void;
}) {
  const file = { name: "file" in source ? source.file.name : source.table.name };
  const pasted = "table" in source;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const ref = useRef<HTMLDialogElement>(null);
  const state = useSheetMapping(source);
  const { read, mapping, preview, rows } = state;
  const [openPlan, setOpenPlan] = useState<Plan | null>(null);
  const [targetKind, setTargetKind] = useState<TargetKind>("new");
  const [title, setTitle] = useState<string | null>(null);
  const [area, setArea] = useState<string>("");
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    if (!openPlanId) return;
    let live = true;
    void getPlan(openPlanId).then((p) => {
      if (!live || !p) return;
      setOpenPlan(p);
      setTargetKind("open");
      setArea(p.subAreas[0]?.id ?? WHOLE_AREA);
    });
    return () => {
      live = false;
    };
  }, [openPlanId]);

  const sheet = mapping ? state.sheets[mapping.sheet] : undefined;
  const defaultTitle =
    (sheet && mapping ? titleAbove(sheet, mapping.headerRow) : "") || file.name.replace(/\.[^.]*$/, "");
  const target: ImportTarget | null =
    targetKind === "new"
      ? { kind: "new", title: title ?? defaultTitle }
      : openPlan
        ? targetKind === "open"
          ? { kind: "open", plan: openPlan, area }
          : { kind: "area", plan: openPlan, area }
        : null;

  const result = useMemo(() => {
    if (!preview || !target) return null;
    return planImport(preview, rows, target, {
      newId,
      now: nowIso(),
      source: `${file.name}, ${preview.sheetName}`,
      fallbackYear: new Date().getFullYear(),
    });
    // The target's identity changes every render; its parts are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preview, rows, targetKind, openPlan, area, title, defaultTitle, file.name]);

  const guessed = [...rows.values()].filter((r) => r.include && r.guessed).length;
  const hasName = mapping?.columns.some((c) => c.role === "name") ?? false;
  const canConfirm = Boolean(
    result && result.count > 0 && (guessed === 0 || checked || targetKind === "area") && !busy,
  );

  const confirm = async () => {
    if (!result || !canConfirm) return;
    setBusy(true);
    setFailure(null);
    state.keep();
    let planId = openPlan?.id ?? "";
    if (result.newPlan) {
      const r = await putPlan(result.newPlan);
      if (!r.ok) {
        setFailure(t("sheet.failed", { reason: r.error.kind }));
        setBusy(false);
        return;
      }
      planId = result.newPlan.id;
    }
    const n = formatNumber(result.count, lang);
    const areaName = openPlan?.subAreas.find((a) => a.id === area)?.name ?? "";
    setPendingImport({
      planId,
      edit: result.edit,
      done:
        targetKind === "area"
          ? { key: "sheet.doneArea", params: { n, name: file.name, area: areaName } }
          : { key: "sheet.done", params: { n, name: file.name } },
    });
    onClose();
    const withArea = openPlan && openPlan.subAreas.length > 0 && targetKind !== "new";
    navigate({ name: "plan", planId, view: "grid", item: withArea ? area : null });
  };

  const unmatched = new Set(result?.unmatched ?? []);
  return (
    <dialog
      ref={ref}
      className="import-dialog sheet-dialog"
      aria-labelledby="sheet-heading"
      onClose={onClose}
    >
      <div className="import-top">
        <h2 id="sheet-heading">{t(pasted ? "sheet.paste.heading" : "sheet.heading")}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      {!pasted && <p className="muted file-origin">{t("share.fromFile", { name: file.name })}</p>}
      {!read && (
        <p className="hint" role="status">
          {t("sheet.reading", { name: file.name })}
        </p>
      )}
      {read && !read.ok && (
        <div className="import-card refused">
          <p className="import-error" role="alert">
            {sheetErrorText(read.error, i18n)}
          </p>
          <p className="muted">{t("sheet.nothingChanged")}</p>
        </div>
      )}
      {read?.ok && mapping && preview && (
        <>
          <p className="hint">{t("sheet.hint")}</p>
          <MappingControls
            sheets={state.sheets}
            mapping={mapping}
            encoding={state.encoding}
            remembered={state.remembered}
            onSheet={state.setSheet}
            onHeader={state.setHeader}
            onColumn={state.setColumn}
            onEncoding={state.setEncoding}
          />
          {!hasName && (
            <p className="import-error" role="alert">
              {t("sheet.noName")}
            </p>
          )}
          <PreviewTable
            preview={preview}
            rows={rows}
            onRow={state.setRow}
            unmatched={unmatched}
            fixes={state.fixes}
            onFix={state.setFix}
          />
          {result && result.refusals.length > 0 && (
            <section className="sheet-problems">
              <h3>{t("sheet.refusals", { n: formatNumber(result.refusals.length, lang) })}</h3>
              <ul className="problem-list">
                {result.refusals.slice(0, 500).map((r) => (
                  <li key={r.address}>
                    <strong>{r.address}</strong>: {t(`problem.${r.problem}`)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <fieldset className="sheet-target">
            <legend>{t("sheet.target")}</legend>
            <TargetChoice kind="new" current={targetKind} onPick={setTargetKind}>
              {t("sheet.target.new")}
            </TargetChoice>
            {targetKind === "new" && (
              <div className="sheet-target-detail">
                <label>
                  <span>{t("sheet.title")}</span>
                  <input
                    value={title ?? defaultTitle}
                    maxLength={500}
                    onChange={(e) => setTitle(e.target.value)}
                  />
                </label>
                {result?.newPlan && (
                  <span className="muted">
                    {t("sheet.periodOfPlan", {
                      start: result.newPlan.startYear,
                      end: result.newPlan.endYear,
                    })}
                    {result.newPlan.reporting === "halfYearly" && ` · ${t("sheet.halfYearly")}`}
                  </span>
                )}
              </div>
            )}
            {openPlan && (
              <TargetChoice kind="open" current={targetKind} onPick={setTargetKind}>
                {t("sheet.target.open", { title: openPlan.title })}
              </TargetChoice>
            )}
            {openPlan && openPlan.subAreas.length > 0 && (
              <TargetChoice kind="area" current={targetKind} onPick={setTargetKind}>
                {t("sheet.target.area")}
              </TargetChoice>
            )}
            {openPlan && openPlan.subAreas.length > 0 && targetKind !== "new" && (
              <div className="sheet-target-detail">
                <label>
                  <span>{t("sheet.area")}</span>
                  <select value={area} onChange={(e) => setArea(e.target.value)}>
                    {openPlan.subAreas.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                </label>
                {targetKind === "area" && result && (
                  <span className="muted">
                    {t("sheet.matched", { n: formatNumber(rows.size - result.unmatched.length, lang) })}
                  </span>
                )}
              </div>
            )}
          </fieldset>
          {guessed > 0 && targetKind !== "area" && (
            <label className="check sheet-confirm-guesses">
              <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
              <span>{t("sheet.confirmGuesses", { n: formatNumber(guessed, lang) })}</span>
            </label>
          )}
          {failure && (
            <p className="import-error" role="alert">
              {failure}
            </p>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="button primary"
              disabled={!canConfirm}
              onClick={() => void confirm()}
            >
              {result && result.count === 0
                ? t("sheet.nothing")
                : t(
                    targetKind === "new"
                      ? "sheet.confirmNew"
                      : targetKind === "open"
                        ? "sheet.confirmAdd"
                        : "sheet.confirmArea",
                    {
                      n: formatNumber(result?.count ?? 0, lang),
                    },
                  )}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t("sheet.cancel")}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

// Add or edit an indicator: its words (code, name, group, agency, source, note), what it measures
// (unit, kind, direction, baseline year) and, in the area shown, its baseline and programme target.
// Checked by the same schema and value rules as the grid; saved as ONE edit (one undo step).
import { useId, useMemo, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { Direction, IndicatorKind, Unit } from "../domain/schema";
import { flipped } from "../domain/targetChecks";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { columnLabel } from "./columns";
import { Dialog } from "../ui/Dialog";
import {
  type FormErrors,
  type FormField,
  formTargetOnWrongSide,
  formValuesOf,
  type IndicatorFormValues,
  submitIndicatorForm,
} from "./indicatorForm";
import { isRollupView } from "./rows";
import { translator } from "../i18n/translator";

export interface IndicatorFormProps {
  /** The indicator to edit; null to add one. */
  indicatorId: string | null;
  /** Sub-area whose baseline and target the form shows ("all" for a plan without sub-areas). */
  area: string;
  /** Where a new indicator goes when its group is new: this index in the plan's list. */
  insertAt?: number;
  /** Group a new indicator starts in. */
  group?: string;
  onClose: () => void;
  /** Called with a message after a successful save. */
  onSaved?: (message: string) => void;
}

export function IndicatorForm({ indicatorId, area, insertAt, group, onClose, onSaved }: IndicatorFormProps) {
  const editor = usePlanEditor();
  const { t, lang } = useI18n();
  const plan = editor.plan;
  const original = indicatorId ? (plan.indicators.find((x) => x.id === indicatorId) ?? null) : null;
  const [values, setValues] = useState<IndicatorFormValues>(() =>
    formValuesOf(plan, original, area, lang, group),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [failed, setFailed] = useState<string | null>(null);
  const id = useId();
  const groups = useMemo(
    () => [...new Set(plan.indicators.map((x) => x.group).filter(Boolean))],
    [plan.indicators],
  );
  const figures = !isRollupView(plan, area);
  const areaName = plan.subAreas.find((a) => a.id === area)?.name;

  const set = <K extends FormField>(k: K, v: IndicatorFormValues[K]) =>
    setValues((old) => ({ ...old, [k]: v }));
  const errorText = (field: FormField): string | null => {
    const e = errors[field];
    if (!e) return null;
    if (e.key === "grid.form.existingInvalid") {
      return t(e.key, {
        cell: columnLabel(String(e.params?.cell), translator(lang)),
        reason: t(`problem.${String(e.params?.reason)}` as MessageKey),
      });
    }
    return t(e.key, e.params);
  };

  const submit = () => {
    const newId = crypto.randomUUID();
    const r = submitIndicatorForm(
      plan,
      area,
      original,
      values,
      lang,
      newId,
      insertAt ?? plan.indicators.length,
      group ?? null,
    );
    if (!r.ok) {
      setErrors(r.errors);
      setFailed(t("grid.form.fixErrors"));
      return;
    }
    const d = editor.dispatch(r.edit);
    if (!d.ok) {
      setFailed(t("grid.refusedEdit", { reason: t(`problem.${d.error.problem}`) }));
      return;
    }
    onClose();
    onSaved?.(t(original ? "grid.saved" : "grid.added", { name: values.name.trim() }));
  };

  const field = (name: FormField, label: string, input: React.ReactNode, hint?: string) => {
    const err = errorText(name);
    return (
      <div className={`field field-${name}`}>
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {input}
        {hint && <small id={`${id}-${name}-hint`}>{hint}</small>}
        {err && (
          <span id={`${id}-${name}-error`} className="field-error">
            {err}
          </span>
        )}
      </div>
    );
  };
  const described = (name: FormField, hint = false) =>
    [hint ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  const text = (name: Exclude<FormField, "unit" | "kind" | "direction">, hint = false, wide = false) => (
    <input
      id={`${id}-${name}`}
      className={wide ? "wide" : undefined}
      value={values[name]}
      onChange={(e) => set(name, e.target.value)}
      aria-invalid={Boolean(errors[name])}
      aria-describedby={described(name, hint)}
      list={name === "group" ? `${id}-groups` : undefined}
    />
  );

  return (
    <Dialog
      title={
        original
          ? t("grid.form.editTitle", { code: original.code || original.name })
          : t("grid.form.addTitle")
      }
      onClose={onClose}
      className="indicator-form"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="form-grid">
          {field("code", t("code"), text("code"))}
          {field("name", t("name"), text("name", false, true))}
          {field("group", t("group"), text("group", true, true), t("grid.form.groupHint"))}
          <datalist id={`${id}-groups`}>
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          {field(
            "unit",
            t("unit"),
            <select
              id={`${id}-unit`}
              value={values.unit}
              onChange={(e) => set("unit", e.target.value as Unit)}
              aria-describedby={described("unit")}
            >
              {Unit.options.map((u) => (
                <option key={u} value={u}>
                  {u === "dong" ? t(`money.${plan.moneyScale}`) : t(`unit.${u}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            "kind",
            t("kind"),
            <select
              id={`${id}-kind`}
              value={values.kind}
              onChange={(e) => set("kind", e.target.value as IndicatorKind)}
              aria-describedby={described("kind")}
            >
              {IndicatorKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            "direction",
            t("grid.form.direction"),
            <select
              id={`${id}-direction`}
              value={values.direction}
              onChange={(e) => set("direction", e.target.value as Direction)}
            >
              {Direction.options.map((d) => (
                <option key={d} value={d}>
                  {t(`direction.${d}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            "baselineYear",
            t("grid.form.baselineYear"),
            text("baselineYear", true),
            t("grid.form.baselineYearHint"),
          )}
          <fieldset className="form-figures">
            <legend>
              {figures
                ? t("grid.form.figuresOf", { area: areaName ?? plan.title })
                : t("grid.form.figuresWhole")}
            </legend>
            {figures && (
              <>
                {field("baseline", t("grid.form.baseline"), text("baseline"))}
                {field(
                  "target",
                  t(`grid.form.target.${values.kind}`),
                  text("target", true),
                  t("grid.form.targetHint"),
                )}
                {formTargetOnWrongSide(plan, values, lang) && (
                  <p className="wrong-side-warning" role="status">
                    {t(`fig.wrongSide.${values.direction}`)}{" "}
                    <button
                      type="button"
                      className="button"
                      onClick={() => set("direction", flipped(values.direction))}
                    >
                      {t(`fig.flip.${flipped(values.direction)}`)}
                    </button>
                  </p>
                )}
              </>
            )}
          </fieldset>
          {field("agency", t("agency"), text("agency", false, true))}
          {field("source", t("source"), text("source", false, true))}
          {field("note", t("note"), text("note", false, true))}
        </div>
        {failed && (
          <p className="field-error" role="alert">
            {failed}
          </p>
        )}
        <div className="grid-dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="submit" className="button primary">
            {t("save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// The plan's details, editable: every change is a setDetails edit through the one edit path,
// checked by the plan's rules (domain/detailsRules.ts). A refused value is kept in its field with
// a message saying what is wrong.
import { useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import type { DetailsPatch } from "../domain/edits";
import { CURRENT_PROVINCES, FORMER_PROVINCES } from "../domain/provinces";
import { MAX_YEAR, MIN_YEAR } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { problemOf, type FieldProblem } from "../ui/commitField";
import { SelectField, TextField } from "./DetailFields";

const collator = new Intl.Collator("vi");

export function DetailsForm() {
  const { plan, dispatch, writable } = usePlanEditor();
  const { t } = useI18n();
  const [selectErrors, setSelectErrors] = useState<Record<string, FieldProblem | null>>({});
  const disabled = !writable;

  /** Apply a patch; the message to show when it is refused. */
  const apply = (patch: DetailsPatch): FieldProblem | null => {
    const r = dispatch({ type: "setDetails", patch });
    return r.ok ? null : problemOf(r.error.problem);
  };
  const text =
    (field: "title" | "issuingBody" | "notes", max: number, required = false) =>
    (raw: string): FieldProblem | null => {
      const value = raw.normalize("NFC");
      if (required && value.trim() === "") return { key: "field.required" };
      if (value.length > max) return { key: "field.tooLong", params: { max } };
      return apply({ [field]: required ? value.trim() : value });
    };
  const year =
    (field: "startYear" | "endYear" | "baselineYear", optional = false) =>
    (raw: string): FieldProblem | null => {
      const s = raw.trim();
      if (s === "" && optional) return apply({ [field]: null });
      const n = Number(s);
      if (!/^\d{4}$/.test(s) || n < MIN_YEAR || n > MAX_YEAR)
        return { key: "field.year", params: { min: MIN_YEAR, max: MAX_YEAR } };
      return apply({ [field]: n });
    };
  const select =
    (field: "documentType" | "province" | "reporting" | "moneyScale" | "statusBasis") => (value: string) =>
      setSelectErrors((e) => ({ ...e, [field]: apply({ [field]: value } as DetailsPatch) }));

  const current = CURRENT_PROVINCES.map((p) => ({ value: p.id, label: p.name })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
  const former = FORMER_PROVINCES.map((p) => ({
    value: p.id,
    label: t("formerProvince", {
      name: p.name,
      current: CURRENT_PROVINCES.find((c) => c.id === p.nowPartOf)?.name ?? "",
    }),
  })).sort((a, b) => collator.compare(a.label, b.label));

  return (
    <section className="panel details-form" aria-labelledby="details-heading">
      <h2 id="details-heading">{t("details.heading")}</h2>
      <p className="hint">{t("details.hint")}</p>
      <div className="form-grid">
        <TextField
          id="f-title"
          label={t("title")}
          value={plan.title}
          save={text("title", 500, true)}
          disabled={disabled}
          wide
        />
        <SelectField
          id="f-documentType"
          label={t("field.documentType")}
          value={plan.documentType}
          options={[
            { value: "programme", label: t("doc.programme") },
            { value: "plan", label: t("doc.plan") },
          ]}
          save={select("documentType")}
          error={selectErrors.documentType ?? null}
          disabled={disabled}
        />
        <SelectField
          id="f-province"
          label={t("province")}
          value={plan.province}
          groups={[
            { label: t("province.current"), options: current },
            { label: t("province.former"), options: former },
          ]}
          save={select("province")}
          error={selectErrors.province ?? null}
          disabled={disabled}
        />
        <TextField
          id="f-issuingBody"
          label={t("issuingBody")}
          value={plan.issuingBody}
          save={text("issuingBody", 300)}
          disabled={disabled}
        />
        <TextField
          id="f-legalNumber"
          label={t("field.legalNumber")}
          value={plan.legalRef.number}
          save={(raw) => {
            const number = raw.normalize("NFC").trim();
            if (number.length > 100) return { key: "field.tooLong", params: { max: 100 } };
            return apply({ legalRef: { ...plan.legalRef, number } });
          }}
          disabled={disabled}
        />
        <TextField
          id="f-legalDate"
          type="date"
          label={t("field.legalDate")}
          value={plan.legalRef.date ?? ""}
          save={(raw) => {
            if (raw !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { key: "field.date" };
            return apply({ legalRef: { ...plan.legalRef, date: raw === "" ? null : raw } });
          }}
          disabled={disabled}
        />
        <TextField
          id="f-startYear"
          inputMode="numeric"
          label={t("field.startYear")}
          value={String(plan.startYear)}
          save={year("startYear")}
          disabled={disabled}
        />
        <TextField
          id="f-endYear"
          inputMode="numeric"
          label={t("field.endYear")}
          value={String(plan.endYear)}
          save={year("endYear")}
          disabled={disabled}
        />
        <TextField
          id="f-baselineYear"
          inputMode="numeric"
          label={t("field.baselineYear")}
          hint={t("field.baselineYearHint")}
          value={plan.baselineYear === null ? "" : String(plan.baselineYear)}
          save={year("baselineYear", true)}
          disabled={disabled}
        />
        <SelectField
          id="f-reporting"
          label={t("reporting")}
          value={plan.reporting}
          options={[
            { value: "yearly", label: t("reportingYearly") },
            { value: "halfYearly", label: t("reportingHalfYearly") },
          ]}
          save={select("reporting")}
          error={selectErrors.reporting ?? null}
          disabled={disabled}
        />
        <SelectField
          id="f-moneyScale"
          label={t("field.moneyScale")}
          value={plan.moneyScale}
          options={[
            { value: "million", label: t("money.million") },
            { value: "billion", label: t("money.billion") },
          ]}
          save={select("moneyScale")}
          error={selectErrors.moneyScale ?? null}
          disabled={disabled}
        />
        <SelectField
          id="f-statusBasis"
          label={t("details.statusBasis")}
          hint={t("details.statusBasis.hint")}
          value={plan.statusBasis}
          options={[
            { value: "gain", label: t("details.statusBasis.gain") },
            { value: "planShare", label: t("details.statusBasis.planShare") },
          ]}
          save={select("statusBasis")}
          error={selectErrors.statusBasis ?? null}
          disabled={disabled}
        />
        <TextField
          id="f-notes"
          label={t("field.notes")}
          value={plan.notes}
          save={text("notes", 5000)}
          multiline
          disabled={disabled}
          wide
        />
      </div>
    </section>
  );
}

// "Chia chỉ tiêu tỉnh cho các địa bàn": a province target split over the communes of one indicator
// — in equal parts, by a column pasted from Excel, or in proportion to a baseline (each commune's
// baseline of an indicator chosen, e.g. its number of HTX in 2025). Counts are split in whole units
// (domain/areaSplit.ts). The parts are shown with their sum against the province target and the
// gap ("còn thiếu 12 HTX so với chỉ tiêu tỉnh") before anything is written; writing is ONE edit.
import { useId, useMemo, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { splitByProportion, splitEdit, splitEqually, splitGap } from "../domain/areaSplit";
import type { Indicator, SingleBound } from "../domain/schema";
import { isWholeUnit } from "../domain/splits";
import { useI18n } from "../i18n/I18nProvider";
import { formatNumber, readNumber } from "../i18n/numbers";
import { unitLabel } from "../i18n/unitLabel";
import { Dialog } from "../ui/Dialog";
import { readSplitColumn, type ColumnProblem } from "./splitColumn";

type Method = "equal" | "column" | "baseline";

interface Props {
  indicator: Indicator;
  /** The cell split: "total" or "plan:<year>". */
  initialKey: string;
  onClose: () => void;
  onDone: (text: string) => void;
}

export function AreaSplitDialog({ indicator, initialKey, onClose, onDone }: Props) {
  const { plan, dispatch } = usePlanEditor();
  const { t, lang } = useI18n();
  const [key, setKey] = useState(initialKey);
  const [targetText, setTargetText] = useState("");
  const [method, setMethod] = useState<Method>("equal");
  const [column, setColumn] = useState("");
  const [baseId, setBaseId] = useState(indicator.id);
  const [bound, setBound] = useState<SingleBound>("exact");
  const [refused, setRefused] = useState<string | null>(null);
  const id = useId();
  const whole = isWholeUnit(indicator.unit);
  const unit = unitLabel(indicator, plan.moneyScale, t);
  const areas = plan.subAreas;
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const fmt = (n: number) => formatNumber(n, lang, whole ? 0 : 2);

  const target = readNumber(targetText, lang);
  const result = useMemo((): { values: (number | null)[] } | { problem: string } => {
    if (method === "column") {
      const r = readSplitColumn(column, areas, lang);
      if (r.ok) return { values: r.values };
      return {
        problem: r.problems
          .slice(0, 5)
          .map((p) => columnProblem(p, t))
          .join("; "),
      };
    }
    if (!target.ok)
      return { problem: t(target.error === "empty" ? "split.needTarget" : `read.${target.error}`) };
    if (method === "equal") return { values: splitEqually(target.value, areas.length, whole) };
    const base = plan.indicators.find((i) => i.id === baseId);
    const weights = areas.map((a) => base?.series[a.id]?.baseline ?? 0);
    const r = splitByProportion(target.value, weights, whole);
    return r.ok ? { values: r.values } : { problem: t(`split.problem.${r.problem}`) };
  }, [method, column, areas, lang, t, target, whole, plan.indicators, baseId]);

  const values = "values" in result ? result.values : null;
  const sum = values ? values.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  const gap = values && target.ok ? splitGap(target.value, values) : null;
  const gapText =
    gap === null
      ? null
      : Math.abs(gap) < 1e-9
        ? t("split.gap.none")
        : gap > 0
          ? t("split.gap.short", { n: fmt(gap), unit })
          : t("split.gap.over", { n: fmt(-gap), unit });

  const apply = () => {
    if (!values) return;
    const r = dispatch(
      splitEdit(
        indicator.id,
        areas.map((a) => a.id),
        key,
        values,
        bound,
      ),
    );
    if (!r.ok) {
      const i = areas.findIndex((a) => r.error.edit.type === "setCell" && r.error.edit.area === a.id);
      return setRefused(
        `${areas[i]?.name ?? ""}: ${t(`problem.${r.error.problem}` as Parameters<typeof t>[0])}`,
      );
    }
    onDone(t("split.done", { n: values.filter((v) => v !== null).length, name: indicator.name }));
    onClose();
  };

  return (
    <Dialog title={t("split.title")} onClose={onClose} className="area-split">
      <p className="split-indicator">
        <strong>{indicator.code}</strong> {indicator.name} ({unit})
      </p>
      <div className="split-fields">
        <div className="field">
          <label htmlFor={`${id}-what`}>{t("split.what")}</label>
          <select id={`${id}-what`} className="select" value={key} onChange={(e) => setKey(e.target.value)}>
            <option value="total">{t("split.whole")}</option>
            {years.map((y) => (
              <option key={y} value={`plan:${y}`}>
                {t("grid.headerTip.plan", { year: y })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t("split.target")}</label>
          <input
            id={`${id}-target`}
            className="text-input"
            inputMode="decimal"
            value={targetText}
            onChange={(e) => setTargetText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-bound`}>{t("split.bound")}</label>
          <select
            id={`${id}-bound`}
            className="select"
            value={bound}
            onChange={(e) => setBound(e.target.value as SingleBound)}
          >
            {(["exact", "atLeast", "moreThan", "atMost", "about"] as const).map((b) => (
              <option key={b} value={b}>
                {t(`bound.${b}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="split-methods">
        <legend>{t("split.method")}</legend>
        {(["equal", "column", "baseline"] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="split-method" checked={method === m} onChange={() => setMethod(m)} />{" "}
            {t(`split.method.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === "column" && (
        <label className="field">
          <span>{t("split.column", { n: areas.length })}</span>
          <textarea
            className="text-input"
            rows={5}
            value={column}
            onChange={(e) => setColumn(e.target.value)}
          />
        </label>
      )}
      {method === "baseline" && (
        <div className="field">
          <label htmlFor={`${id}-base`}>{t("split.baseOf")}</label>
          <select
            id={`${id}-base`}
            className="select"
            value={baseId}
            onChange={(e) => setBaseId(e.target.value)}
          >
            {plan.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.code} {i.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {"problem" in result && (
        <p className="field-error" role="alert">
          {result.problem}
        </p>
      )}
      {values && (
        <>
          <p className="split-sum" role="status">
            {t("split.sum", { sum: fmt(sum ?? 0), unit })}
            {target.ok && <> {t("split.vsTarget", { target: fmt(target.value) })}</>}
            {gapText && <strong className={gap === 0 ? "split-ok" : "split-gap"}> {gapText}</strong>}
          </p>
          <div className="split-preview">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("statusTable.area")}</th>
                  <th scope="col">{t("split.part")}</th>
                </tr>
              </thead>
              <tbody>
                {areas.map((a, i) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}</th>
                    <td>{values[i] === null || values[i] === undefined ? "–" : fmt(values[i] as number)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button primary" disabled={!values} onClick={apply}>
          {t("split.apply", { n: areas.length })}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </Dialog>
  );
}

function columnProblem(p: ColumnProblem, t: ReturnType<typeof useI18n>["t"]): string {
  switch (p.problem) {
    case "notANumber":
    case "otherLocale":
      return t("split.col.notANumber", { line: p.line, text: p.text });
    case "unknownName":
      return t("split.col.unknownName", { line: p.line, name: p.name });
    case "count":
      return t("split.col.count", { lines: p.lines, areas: p.areas });
  }
}

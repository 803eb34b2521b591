// The differences between two versions of a plan as a table: what, indicator, sub-area, cell, and
// the value on each side. With `choice`, each row lets the planner pick the side to keep (merge);
// without, it only shows (what changed since a snapshot). Long lists show a first page.
import { useState } from "react";
import type { Side } from "../domain/sharing/mergePlan";
import { useI18n } from "../i18n/I18nProvider";
import type { DiffRow } from "./diffRows";

const PAGE = 200;

interface Choice {
  side: (id: string) => Side;
  choose: (id: string, side: Side) => void;
}

export function DiffTable({
  rows,
  leftLabel,
  rightLabel,
  choice,
}: {
  rows: readonly DiffRow[];
  leftLabel: string;
  rightLabel: string;
  choice?: Choice;
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const visible = rows.slice(0, shown);
  const cell = (r: DiffRow, s: Side, text: string) => {
    if (!choice)
      return <td className={s === "file" && r.removes ? "diff-value removes" : "diff-value"}>{text}</td>;
    const chosen = choice.side(r.id) === s;
    return (
      <td className={chosen ? "diff-value chosen" : "diff-value"}>
        <label className="diff-choice">
          <input
            type="radio"
            name={`pick-${r.id}`}
            checked={chosen}
            onChange={() => choice.choose(r.id, s)}
            aria-label={`${s === "local" ? leftLabel : rightLabel}: ${[r.indicator, r.area, r.cell].filter(Boolean).join(", ")}`}
          />
          <span>{text}</span>
        </label>
      </td>
    );
  };
  return (
    <div className="diff-wrap">
      <table className="data-table diff-table">
        <thead>
          <tr>
            <th scope="col">{t("share.col.what")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("export.col.area")}</th>
            <th scope="col">{t("share.col.cell")}</th>
            <th scope="col">{leftLabel}</th>
            <th scope="col">{rightLabel}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((r) => (
            <tr key={r.id}>
              <td>{r.what}</td>
              <td>{r.indicator}</td>
              <td>{r.area}</td>
              <td>{r.cell}</td>
              {cell(r, "local", r.local)}
              {cell(r, "file", r.file)}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className="button small" onClick={() => setShown(rows.length)}>
          {t("share.showAll", { n: rows.length - shown })}
        </button>
      )}
    </div>
  );
}

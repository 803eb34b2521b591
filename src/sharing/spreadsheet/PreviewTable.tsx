// The second half of the mapping step: every row as it will be imported — group lines, and for each
// indicator whether to import it, its unit and kind (a guess is marked as one, confirmed with one
// control per row), and how many values it brings. Below, each cell that could not be read, with
// its address, the reason, and a box to type the right value. Text from the file is shown as text.
import { useState } from "react";
import { IndicatorKind, Unit } from "../../domain/schema";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../i18n/numbers";
import type { PreviewProblem, SheetPreview } from "../../io/spreadsheet/preview";
import type { RowChoice } from "../../io/spreadsheet/toIndicators";

export interface RowState extends RowChoice {
  /** Unit and kind are still the reader's guess, not said by the sheet or confirmed. */
  guessed: boolean;
}

const FACTORS = [1, 1000, 1_000_000, 1_000_000_000] as const;
const PAGE = 200;

interface Props {
  preview: SheetPreview;
  rows: ReadonlyMap<number, RowState>;
  onRow: (row: number, patch: Partial<RowState>) => void;
  /** Rows that match no indicator (a sub-area's values). */
  unmatched: ReadonlySet<number>;
  fixes: Readonly<Record<string, string>>;
  onFix: (address: string, text: string) => void;
}

export function PreviewTable({ preview, rows, onRow, unmatched, fixes, onFix }: Props) {
  const { t, lang } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const lines = preview.lines.slice(0, shown);
  const indicators = preview.lines.filter((l) => l.kind === "indicator");
  const values = indicators.reduce((n, l) => n + (l.kind === "indicator" ? l.values.length : 0), 0);
  return (
    <section className="sheet-preview" aria-labelledby="sheet-rows-heading">
      <h3 id="sheet-rows-heading">
        {t("sheet.rows")}{" "}
        <span className="muted">
          {t("sheet.rowsCount", {
            n: formatNumber(indicators.length, lang),
            groups: formatNumber(preview.lines.length - indicators.length, lang),
            values: formatNumber(values, lang),
          })}
        </span>
      </h3>
      <div className="sheet-rows-scroll">
        <table className="sheet-table sheet-rows">
          <thead>
            <tr>
              <th scope="col">{t("sheet.include")}</th>
              <th scope="col">{t("sheet.code")}</th>
              <th scope="col">{t("sheet.name")}</th>
              <th scope="col">{t("sheet.unitInFile")}</th>
              <th scope="col">{t("sheet.unit")}</th>
              <th scope="col">{t("sheet.kind")}</th>
              <th scope="col">{t("sheet.values")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              if (line.kind === "group")
                return (
                  <tr key={line.row} className="sheet-group-row">
                    <td />
                    <td>{line.code}</td>
                    <td colSpan={5}>{t("sheet.group", { name: line.name })}</td>
                  </tr>
                );
              const s = rows.get(line.row);
              if (!s) return null;
              const label = `${line.code} ${line.name}`.trim();
              return (
                <tr
                  key={line.row}
                  className={s.include ? (unmatched.has(line.row) ? "unmatched" : undefined) : "left-out"}
                >
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t("sheet.include")}: ${label}`}
                      checked={s.include}
                      onChange={(e) => onRow(line.row, { include: e.target.checked })}
                    />
                  </td>
                  <td>{line.code}</td>
                  <td className="sheet-name">
                    {line.name}
                    {unmatched.has(line.row) && (
                      <span className="sheet-unmatched"> — {t("sheet.problem.unmatched")}</span>
                    )}
                  </td>
                  <td>{line.unitText}</td>
                  <td>
                    <span className="sheet-pick">
                      <select
                        aria-label={`${t("sheet.unit")}: ${label}`}
                        value={s.unit}
                        onChange={(e) => onRow(line.row, { unit: e.target.value as Unit, guessed: false })}
                      >
                        {Unit.options.map((u) => (
                          <option key={u} value={u}>
                            {t(`unit.${u}`)}
                          </option>
                        ))}
                      </select>
                      {s.unit === "dong" && (
                        <select
                          aria-label={`${t("sheet.unit")}: ${label}`}
                          value={s.factor}
                          onChange={(e) =>
                            onRow(line.row, { factor: Number(e.target.value), guessed: false })
                          }
                        >
                          {FACTORS.map((f) => (
                            <option key={f} value={f}>
                              {t(`sheet.money.${f}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </span>
                  </td>
                  <td>
                    <span className="sheet-pick">
                      <select
                        aria-label={`${t("sheet.kind")}: ${label}`}
                        value={s.kind}
                        onChange={(e) =>
                          onRow(line.row, { kind: e.target.value as IndicatorKind, guessed: false })
                        }
                      >
                        {IndicatorKind.options.map((k) => (
                          <option key={k} value={k}>
                            {t(`kind.${k}`)}
                          </option>
                        ))}
                      </select>
                      {s.guessed && (
                        <button
                          type="button"
                          className="sheet-guess"
                          title={t("sheet.guessTitle")}
                          onClick={() => onRow(line.row, { guessed: false })}
                        >
                          {t("sheet.guess")} ✓
                        </button>
                      )}
                    </span>
                  </td>
                  <td className="num">{formatNumber(line.values.length, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.lines.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE * 5)}>
          {t("sheet.more", { n: formatNumber(preview.lines.length - shown, lang) })}
        </button>
      )}
      {preview.problems.length > 0 && <ProblemList problems={preview.problems} fixes={fixes} onFix={onFix} />}
    </section>
  );
}

function ProblemList({
  problems,
  fixes,
  onFix,
}: {
  problems: readonly PreviewProblem[];
  fixes: Readonly<Record<string, string>>;
  onFix: (address: string, text: string) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="sheet-problems" aria-labelledby="sheet-problems-heading">
      <h3 id="sheet-problems-heading">{t("sheet.problems", { n: formatNumber(problems.length, lang) })}</h3>
      <p className="hint">{t("sheet.problemsHint")}</p>
      <ul className="problem-list">
        {problems.slice(0, 500).map((p) => (
          <li key={p.address}>
            <strong>{p.address}</strong>: «{p.text}» — {t(`sheet.problem.${p.problem}`)}{" "}
            {p.problem !== "nameTooLong" && (
              <input
                className="sheet-fix"
                aria-label={t("sheet.fix", { address: p.address })}
                defaultValue={fixes[p.address] ?? ""}
                onBlur={(e) => onFix(p.address, e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") onFix(p.address, e.currentTarget.value);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

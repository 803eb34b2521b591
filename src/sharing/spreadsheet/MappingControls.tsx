// The first half of the mapping step: which sheet, which row holds the headers (one or two rows),
// the CSV's encoding, and what each column is — every choice recognised from the file, each one
// changeable. Derived columns (% KH, So sánh, Tổng) show as recognised and left out.
import { useI18n } from "../../i18n/I18nProvider";
import type { CsvEncoding } from "../../io/spreadsheet/csv";
import { columnLabels, type ColumnRole, type SheetMapping } from "../../io/spreadsheet/headers";
import { columnLetters, type SheetTable } from "../../io/spreadsheet/workbook";

const ROLES = [
  "ignore",
  "derived",
  "name",
  "code",
  "unit",
  "agency",
  "note",
  "baseline",
  "total",
  "plan",
  "actual",
  "estimate",
] as const;
type RoleChoice = (typeof ROLES)[number];
const ENCODINGS: CsvEncoding[] = ["utf-8", "windows-1258", "utf-16le", "utf-16be"];

function roleChoice(r: ColumnRole): RoleChoice {
  return r.role === "actual" ? (r.estimate ? "estimate" : "actual") : r.role;
}

function periodOf(r: ColumnRole): { year: number; half: "" | "-H1" | "-H2" } | null {
  if (r.role === "plan") return { year: r.year, half: "" };
  if (r.role === "actual")
    return { year: Number(r.period.slice(0, 4)), half: r.period.slice(4) as "" | "-H1" | "-H2" };
  return null;
}

function withRole(choice: RoleChoice, prev: ColumnRole, fallbackYear: number): ColumnRole {
  const p = periodOf(prev) ?? { year: fallbackYear, half: "" };
  switch (choice) {
    case "plan":
      return { role: "plan", year: p.year };
    case "actual":
    case "estimate":
      return { role: "actual", period: `${p.year}${p.half}`, estimate: choice === "estimate" };
    default:
      return { role: choice };
  }
}

interface Props {
  sheets: readonly SheetTable[];
  mapping: SheetMapping;
  encoding: CsvEncoding | null;
  remembered: boolean;
  onSheet: (index: number) => void;
  onHeader: (headerRow: number, headerRows: 1 | 2) => void;
  onColumn: (col: number, role: ColumnRole) => void;
  onEncoding: (e: CsvEncoding) => void;
}

export function MappingControls({
  sheets,
  mapping,
  encoding,
  remembered,
  onSheet,
  onHeader,
  onColumn,
  onEncoding,
}: Props) {
  const { t } = useI18n();
  const sheet = sheets[mapping.sheet] as SheetTable;
  const labels = columnLabels(sheet, mapping.headerRow, mapping.headerRows);
  const hidden = new Set(sheet.hidden);
  const fallbackYear = new Date().getFullYear();
  return (
    <section className="sheet-mapping" aria-label={t("sheet.columnRole")}>
      <div className="sheet-choices">
        {sheets.length > 1 && (
          <label>
            <span>{t("sheet.sheet")}</span>
            <select value={mapping.sheet} onChange={(e) => onSheet(Number(e.target.value))}>
              {sheets.map((s, i) => (
                <option key={i} value={i}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span>{t("sheet.headerRow")}</span>
          <input
            type="number"
            min={0}
            max={Math.max(1, sheet.rows.length)}
            value={mapping.headerRow + 1}
            onChange={(e) => {
              const n = Math.trunc(Number(e.target.value));
              // 0: no header row (rows pasted without their table's header).
              if (n >= 0 && n <= sheet.rows.length) onHeader(n - 1, mapping.headerRows);
            }}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={mapping.headerRows === 2}
            onChange={(e) => onHeader(mapping.headerRow, e.target.checked ? 2 : 1)}
          />
          <span>{t("sheet.twoHeaderRows")}</span>
        </label>
        {encoding && (
          <label>
            <span>{t("sheet.encoding")}</span>
            <select value={encoding} onChange={(e) => onEncoding(e.target.value as CsvEncoding)}>
              {ENCODINGS.map((e) => (
                <option key={e} value={e}>
                  {t(`sheet.encoding.${e}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {encoding && <p className="hint">{t("sheet.encodingHint")}</p>}
      {remembered && <p className="hint">{t("sheet.remembered")}</p>}
      <details className="sheet-columns" open>
        <summary>{t("sheet.columns", { n: labels.length })}</summary>
        <div className="sheet-columns-scroll">
          <table className="sheet-table">
            <thead>
              <tr>
                <th scope="col">{t("sheet.column")}</th>
                <th scope="col">{t("sheet.columnHeader")}</th>
                <th scope="col">{t("sheet.columnRole")}</th>
                <th scope="col">{t("sheet.period")}</th>
              </tr>
            </thead>
            <tbody>
              {labels.map(([top, sub], c) => {
                const role = mapping.columns[c] ?? { role: "ignore" };
                const period = periodOf(role);
                const letter = columnLetters(c);
                return (
                  <tr
                    key={c}
                    className={role.role === "ignore" || role.role === "derived" ? "left-out" : undefined}
                  >
                    <th scope="row">{letter}</th>
                    <td className="sheet-header-text">
                      {[top, sub].filter(Boolean).join(" › ")}
                      {hidden.has(c) && <span className="muted"> {t("sheet.hiddenColumn")}</span>}
                    </td>
                    <td>
                      <select
                        aria-label={`${t("sheet.columnRole")} ${letter}`}
                        value={roleChoice(role)}
                        onChange={(e) =>
                          onColumn(c, withRole(e.target.value as RoleChoice, role, fallbackYear))
                        }
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`sheet.role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {period && (
                        <span className="sheet-period">
                          <input
                            type="number"
                            aria-label={`${t("sheet.period")} ${letter}`}
                            min={1990}
                            max={2100}
                            value={period.year}
                            onChange={(e) => {
                              const y = Math.trunc(Number(e.target.value));
                              if (y < 1990 || y > 2100) return;
                              onColumn(
                                c,
                                role.role === "plan"
                                  ? { role: "plan", year: y }
                                  : ({ ...role, period: `${y}${period.half}` } as ColumnRole),
                              );
                            }}
                          />
                          {role.role === "actual" && (
                            <select
                              aria-label={`${t("sheet.period")} ${letter}`}
                              value={period.half}
                              onChange={(e) =>
                                onColumn(c, { ...role, period: `${period.year}${e.target.value}` })
                              }
                            >
                              <option value="">{t("sheet.period.year")}</option>
                              <option value="-H1">{t("sheet.period.H1")}</option>
                              <option value="-H2">{t("sheet.period.H2")}</option>
                            </select>
                          )}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

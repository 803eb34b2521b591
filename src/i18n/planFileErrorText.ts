// What the planner reads when a plan file does not open: one sentence saying what is wrong, then,
// for invalid values and plan errors, one line per problem naming its place ("Chỉ tiêu 1.2, địa bàn
// Huyện Trà Cú, năm 2023, thực hiện: …"). The switch over error kinds is exhaustive: a new kind in
// src/io/planFileErrors.ts is a type error here until it has a message.
import type { PlanFileError, Place, ReadWarning } from "../io/planFileErrors";
import type { I18n } from "./I18nProvider";
import type { MessageKey } from "./messages";
import { formatNumber } from "./numbers";

type Say = Pick<I18n, "t" | "lang">;

export interface PlanFileErrorText {
  /** One sentence: what is wrong with the file. */
  summary: string;
  /** One line per located problem (at most MAX_LISTED, then "… and N more"). */
  details: string[];
  /** Always true: reading a file never changes stored data, and the message says so. */
  nothingChanged: string;
}

/** "Chỉ tiêu 1.2, địa bàn Huyện Trà Cú, năm 2023, thực hiện" / "Indicator 1.2, sub-area …". */
export function placeText(place: Place, { t }: Say): string {
  const parts: string[] = [];
  if (place.indicator !== undefined) parts.push(t("place.indicator", { code: place.indicator }));
  if (place.task !== undefined) parts.push(t("place.task", { code: place.task }));
  if (place.area !== undefined) parts.push(t("place.area", { name: place.area }));
  if (place.year !== undefined) {
    parts.push(
      place.half ? t(`place.${place.half}`, { year: place.year }) : t("place.year", { year: place.year }),
    );
  }
  if (place.cell !== undefined) parts.push(t(`place.cell.${place.cell}`));
  let text: string;
  if (parts.length > 0) {
    // In the planner's terms; the field only when it says more than the cell ("name", "unit").
    if (place.field !== undefined && place.cell === undefined) {
      parts.push(t("place.field", { field: place.field }));
    }
    text = parts.join(", ");
  } else {
    // Only the file's own structure to go by (the envelope, a plan detail): field and JSON path.
    text =
      place.field !== undefined
        ? `${t("place.field", { field: place.field })} (${place.path})`
        : t("place.path", { path: place.path });
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function more(total: number, listed: number, t: Say["t"]): string[] {
  return total > listed ? [t("file.more", { n: total - listed })] : [];
}

const mb = (bytes: number, lang: Say["lang"]) => formatNumber(bytes / (1024 * 1024), lang, 1);

/** The message for a plan file that did not open, in the interface language. */
export function planFileErrorText(error: PlanFileError, say: Say): PlanFileErrorText {
  const { t, lang } = say;
  const nothingChanged = t("file.nothingChanged");
  const only = (summary: string): PlanFileErrorText => ({ summary, details: [], nothingChanged });
  switch (error.kind) {
    case "tooLarge":
      return only(t("file.tooLarge", { size: mb(error.size, lang), limit: mb(error.limit, lang) }));
    case "empty":
      return only(t("file.empty"));
    case "notUtf8":
      return only(t("file.notUtf8", { offset: formatNumber(error.offset, lang) }));
    case "notJson":
      return only(
        t("file.notJson", { line: formatNumber(error.line, lang), column: formatNumber(error.column, lang) }),
      );
    case "tooDeep":
      return only(t("file.tooDeep", { limit: error.limit, line: formatNumber(error.line, lang) }));
    case "unsafeKey":
      return only(t("file.unsafeKey", { key: error.key, path: error.path }));
    case "notAPlanFile":
      return only(t(`file.${error.reason}`));
    case "newerVersion":
      return only(
        error.appVersion
          ? t("file.newerVersion", { ...error, appVersion: error.appVersion })
          : t("file.newerVersionNoApp", { version: error.version, supported: error.supported }),
      );
    case "migrationFailed":
      return only(t("file.migrationFailed", { from: error.from, to: error.to, reason: error.reason }));
    case "invalid":
      return {
        summary: t("file.invalid", { total: formatNumber(error.total, lang) }),
        details: [
          ...error.issues.map((i) => {
            const key: MessageKey = `issue.${i.code}`;
            const what = t(key, { keys: (i.keys ?? []).join(", ") });
            return `${placeText(i.place, say)}: ${what}`;
          }),
          ...more(error.total, error.issues.length, t),
        ],
        nothingChanged,
      };
    case "domain":
      return {
        summary: t("file.domain", { total: formatNumber(error.total, lang) }),
        details: [
          ...error.problems.map((p) => {
            const key: MessageKey = `problem.${p.code}`;
            const where = p.place.path === "$.plan" ? t("place.plan") : placeText(p.place, say);
            return `${where}: ${t(key)}`;
          }),
          ...more(error.total, error.problems.length, t),
        ],
        nothingChanged,
      };
    case "unexpected":
      return only(t("file.unexpected", { reason: error.reason }));
    default: {
      const unhandled: never = error;
      return only(String(unhandled));
    }
  }
}

/** What a warning of a file that did open says. */
export function planFileWarningText(warning: ReadWarning, { t, lang }: Say): string {
  switch (warning.kind) {
    case "migrated":
      return t("file.migrated", { from: warning.from, to: warning.to });
    case "textNormalized":
      return t("file.textNormalized", { count: formatNumber(warning.count, lang) });
    default: {
      const unhandled: never = warning;
      return String(unhandled);
    }
  }
}

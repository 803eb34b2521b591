// What the import says about a spreadsheet it cannot read: what the file is and how to make it
// readable (save an .xls as .xlsx, remove a password).
import type { I18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../i18n/numbers";
import type { SpreadsheetError } from "../../io/spreadsheet/workbook";

const mb = (bytes: number, lang: I18n["lang"]) => `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`;

export function sheetErrorText(error: SpreadsheetError, { t, lang }: Pick<I18n, "t" | "lang">): string {
  switch (error.kind) {
    case "xls":
      return t("sheet.error.xls");
    case "encrypted":
      return t("sheet.error.encrypted");
    case "otherSpreadsheet":
      return t(error.format === "xlsb" ? "sheet.error.xlsb" : "sheet.error.ods");
    case "notSpreadsheet":
      return t("sheet.error.notSpreadsheet");
    case "tooLarge":
      return error.limit > 10_000_000
        ? t("sheet.error.tooLarge", { size: mb(error.size, lang), limit: mb(error.limit, lang) })
        : t("sheet.error.tooLarge", {
            size: formatNumber(error.size, lang),
            limit: formatNumber(error.limit, lang),
          });
    case "empty":
      return t("sheet.error.empty");
    case "damaged":
      return t("sheet.error.damaged", { reason: error.reason });
  }
}

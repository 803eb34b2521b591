// What the import screen says about a file (or one plan of a backup) that cannot be imported: the
// plan reader's own messages (src/i18n/planFileErrorText.ts: a summary and one line per located
// problem), plus the cases only the import meets — a photo or a spreadsheet dropped by mistake,
// a backup whose envelope is wrong. Exhaustive: a new kind is a type error here.
import { planFileErrorText, type PlanFileErrorText } from "../i18n/planFileErrorText";
import type { I18n } from "../i18n/I18nProvider";
import type { ImportError } from "../io/worker/readForImport";

type Say = Pick<I18n, "t" | "lang">;

export function importErrorText(error: ImportError, say: Say): PlanFileErrorText {
  const { t } = say;
  const only = (summary: string): PlanFileErrorText => ({
    summary,
    details: [],
    nothingChanged: t("file.nothingChanged"),
  });
  switch (error.kind) {
    case "foreign":
      return only(t(`share.foreign.${error.what}`));
    case "backupInvalid":
      return only(t("share.backupInvalid"));
    case "backupNewer":
      return only(t("share.backupNewer", { version: error.version }));
    default:
      return planFileErrorText(error, say);
  }
}

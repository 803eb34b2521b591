// The plan tab "Tệp & phiên bản": export (plan file, CSV, Excel, a sub-area's part for a commune),
// named versions, and starting the next programme from this one.
import { CommuneParts } from "./CommuneParts";
import { ExportBar } from "./ExportBar";
import { RollForwardPanel } from "./RollForwardPanel";
import { SnapshotsPanel } from "./SnapshotsPanel";
import { SubAreaPartExport } from "./SubAreaPartExport";
import { useI18n } from "../i18n/I18nProvider";
import { useImport } from "./ImportCenter";
import "../i18n/spreadsheetMessages";

export function FilesView() {
  const { t } = useI18n();
  const { pickFiles, pickSpreadsheet } = useImport();
  return (
    <>
      <section className="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">{t("share.exportHeading")}</h2>
        <p className="hint">{t("share.exportHint")}</p>
        <ExportBar />
        <p className="hint">
          {t("share.importHere")}{" "}
          <button type="button" className="link-button" onClick={pickFiles}>
            {t("share.importButton")}
          </button>{" "}
          ·{" "}
          <button type="button" className="link-button" onClick={pickSpreadsheet}>
            {t("sheet.importButton")}
          </button>
        </p>
      </section>
      <SubAreaPartExport />
      <CommuneParts />
      <SnapshotsPanel />
      <RollForwardPanel />
    </>
  );
}

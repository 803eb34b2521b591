// "Download PNG" and "Download SVG" for one chart; a failure is said in the user's language.
import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { buildExportSvg, type ExportMeta, saveBlob, svgToPng } from "./exportChart";
import { embeddedFontCss } from "./fontEmbed";

interface Props {
  /** The chart's SVG element as drawn now. */
  getSvg: () => SVGSVGElement | null;
  meta: ExportMeta;
  fileBase: string;
}

export function ChartExportButtons({ getSvg, meta, fileBase }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function run(kind: "png" | "svg") {
    const svg = getSvg();
    setFailed(false);
    if (!svg) {
      setFailed(true);
      return;
    }
    setBusy(true);
    try {
      await document.fonts?.ready;
      const out = buildExportSvg(svg, meta, await embeddedFontCss());
      if (kind === "svg") {
        saveBlob(new Blob([out.markup], { type: "image/svg+xml;charset=utf-8" }), `${fileBase}.svg`);
      } else {
        saveBlob(await svgToPng(out, 2), `${fileBase}.png`);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="chart-export no-print">
      <button type="button" className="button" disabled={busy} onClick={() => void run("png")}>
        {t("chart.exportPng")}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run("svg")}>
        {t("chart.exportSvg")}
      </button>
      {busy && <span className="muted">{t("chart.exporting")}</span>}
      {failed && (
        <p role="alert" className="error-text">
          {t("chart.exportFailed")}
        </p>
      )}
    </div>
  );
}

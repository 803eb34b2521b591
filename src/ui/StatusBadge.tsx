// Status by colour AND by text and icon: never colour alone. Colours from the Okabe–Ito palette,
// readable by people with colour-vision deficiencies.
import type { Status } from "../domain/status";
import { useI18n } from "../i18n/I18nProvider";
import { statusLabel } from "../i18n/labels";

const ICON: Record<Status, string> = {
  onTrack: "✔",
  atRisk: "▲",
  offTrack: "✖",
  noData: "○",
  checkTarget: "?",
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {statusLabel(status, t)}
    </span>
  );
}

// A row of buttons of which one is pressed: the chart's per period / cumulative, the comparison's
// each sub-area / by group.
import type { MessageKey } from "../i18n/messages";
import { useI18n } from "../i18n/I18nProvider";

export function ToggleButtons<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: MessageKey;
  options: readonly { value: V; label: MessageKey }[];
  value: V;
  onChange: (value: V) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="mode-toggle" role="group" aria-label={t(label)}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
        >
          {t(o.label)}
        </button>
      ))}
    </div>
  );
}

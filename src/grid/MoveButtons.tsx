// ↑ and ↓: move the focused row (an indicator, a task) up or down, in the grid's toolbar and the
// task sheet's.
import type { MessageKey } from "../i18n/messages";
import { useI18n } from "../i18n/I18nProvider";

interface Props {
  onMove: (delta: -1 | 1) => void;
  disabled: boolean;
  up: MessageKey;
  down: MessageKey;
}

export function MoveButtons({ onMove, disabled, up, down }: Props) {
  const { t } = useI18n();
  return (
    <>
      {([-1, 1] as const).map((delta) => (
        <button
          key={delta}
          type="button"
          className="button"
          onClick={() => onMove(delta)}
          disabled={disabled}
          aria-label={t(delta < 0 ? up : down)}
          title={t(delta < 0 ? up : down)}
        >
          <span aria-hidden="true">{delta < 0 ? "↑" : "↓"}</span>
        </button>
      ))}
    </>
  );
}

// The sub-area chooser of a province with up to ~170 communes: a searchable combobox (WAI-ARIA
// "combobox with listbox popup"). Typing filters without accents or case ("tan thanh" finds
// "Tân Thành", "xa an phu" finds "Xã An Phú"), by name or code; the list is in Vietnamese order
// under its groups (the former provinces of a merged one). Keyboard: ↓/↑ move, Enter chooses,
// Escape closes and puts back the choice; the active option is announced through
// aria-activedescendant.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { foldText } from "../domain/text";
import { useI18n } from "../i18n/I18nProvider";

export interface PickerOption {
  id: string;
  label: string;
  /** Extra text it is found by (a code). */
  search?: string;
  /** Heading it is listed under; options without one come first. */
  group?: string;
}

interface Props {
  label: string;
  options: readonly PickerOption[];
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean;
  /** Class of the wrapping label (layout of the surrounding bar). */
  className?: string;
}

/** Options whose text holds every typed word, accents and case ignored. */
export function filterOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const words = foldText(query).split(" ").filter(Boolean);
  if (words.length === 0) return options.slice();
  return options.filter((o) => {
    const text = foldText(`${o.label} ${o.search ?? ""}`);
    return words.every((w) => text.includes(w));
  });
}

export function SubAreaPicker({ label, options, value, onChange, disabled, className }: Props) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const chosen = options.find((o) => o.id === value);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = query !== null;
  const shown = useMemo(() => (open ? filterOptions(options, query) : []), [open, options, query]);
  const activeOption = shown[Math.min(active, shown.length - 1)];

  const close = () => {
    setQuery(null);
    setActive(0);
  };
  const choose = (o: PickerOption | undefined) => {
    close();
    if (o && o.id !== value) onChange(o.id);
  };
  const move = (to: number) => {
    const i = Math.max(0, Math.min(shown.length - 1, to));
    setActive(i);
    document.getElementById(`${id}-opt-${i}`)?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        setQuery("");
        setActive(
          Math.max(
            0,
            options.findIndex((o) => o.id === value),
          ),
        );
        return;
      }
      move(active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "PageDown" || e.key === "PageUp") {
      if (!open) return;
      e.preventDefault();
      move(active + (e.key === "PageDown" ? 10 : -10));
    } else if (e.key === "Enter") {
      if (!open) return;
      e.preventDefault();
      choose(activeOption);
    } else if (e.key === "Escape") {
      if (!open) return;
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <span className={`picker ${className ?? ""}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <span className="picker-box">
        <input
          ref={input}
          id={`${id}-input`}
          className="picker-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeOption ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          placeholder={t("picker.placeholder")}
          value={open ? query : (chosen?.label ?? "")}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => {
            if (!open) {
              setQuery("");
              setActive(
                Math.max(
                  0,
                  options.findIndex((o) => o.id === value),
                ),
              );
            }
          }}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onBlur={() => close()}
          onKeyDown={onKeyDown}
        />
        <span className="picker-arrow" aria-hidden="true">
          ▾
        </span>
      </span>
      {open && (
        <ul id={listId} role="listbox" className="picker-list" aria-label={label}>
          {shown.length === 0 && (
            <li className="picker-empty" role="presentation">
              {t("picker.none")}
            </li>
          )}
          {shown.map((o, i) => {
            const heading = o.group && o.group !== shown[i - 1]?.group ? o.group : null;
            return [
              heading && (
                <li key={`g-${heading}`} className="picker-group" role="presentation">
                  {heading}
                </li>
              ),
              <li
                key={o.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={o.id === value}
                className={i === active ? "picker-option active" : "picker-option"}
                // Chosen before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
                onMouseMove={() => active !== i && setActive(i)}
              >
                {o.label}
                {o.group && <span className="visually-hidden"> ({o.group})</span>}
              </li>,
            ];
          })}
        </ul>
      )}
      <span className="visually-hidden" role="status" aria-live="polite">
        {open ? t("picker.count", { n: shown.length }) : ""}
      </span>
    </span>
  );
}

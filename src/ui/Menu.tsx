// A small menu (the cell's context menu, the fill-helper menu): a list of actions, reached with the
// mouse or the keyboard (arrows, Home/End, Enter, Escape), closed by Escape, Tab or a click outside.
import { useEffect, useRef } from "react";

export interface MenuItem {
  id: string;
  label: string;
  /** Keyboard shortcut shown beside the label. */
  hint?: string;
  disabled?: boolean;
  run: () => void;
}

export type MenuEntry = MenuItem | "separator";

interface Props {
  label: string;
  entries: readonly MenuEntry[];
  /** Where to open: page coordinates of the top-left corner. */
  at: { x: number; y: number };
  onClose: () => void;
}

export function Menu({ label, entries, at, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLButtonElement>("button:not(:disabled)");
    first?.focus();
    const outside = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener("mousedown", outside);
    return () => document.removeEventListener("mousedown", outside);
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => buttons[(n + buttons.length) % buttons.length]?.focus();
    if (e.key === "ArrowDown") go(i + 1);
    else if (e.key === "ArrowUp") go(i - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(buttons.length - 1);
    else if (e.key === "Escape" || e.key === "Tab") onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  // Keep the menu on screen on a small projector.
  const style = {
    left: Math.max(4, Math.min(at.x, window.innerWidth - 300)),
    top: Math.max(4, Math.min(at.y, window.innerHeight - 40 - entries.length * 34)),
  };
  return (
    <div ref={ref} className="grid-menu" role="menu" aria-label={label} style={style} onKeyDown={onKeyDown}>
      {entries.map((entry, i) =>
        entry === "separator" ? (
          <div key={`sep-${i}`} className="grid-menu-separator" role="separator" />
        ) : (
          <button
            key={entry.id}
            type="button"
            role="menuitem"
            disabled={entry.disabled}
            onClick={() => {
              onClose();
              entry.run();
            }}
          >
            <span>{entry.label}</span>
            {entry.hint && <kbd>{entry.hint}</kbd>}
          </button>
        ),
      )}
    </div>
  );
}

// A toolbar drawn from the command registry (commands.ts): groups of command buttons, a button that
// opens a menu of commands, and the shortcut line under a sheet. The label, icon, shortcut tooltip
// and enabled state of every button come from the command's one entry.
import { type ReactNode, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { Menu } from "../ui/Menu";
import { menuEntries, shortcutLine, shortcutText } from "./commandKeys";
import { type Command, type CommandState, commandOf } from "./commands";

/** A command's id, or a button opening a menu of commands. */
export type BarItem = string | { menu: MessageKey; ids: readonly string[] };

interface ButtonProps<A> {
  command: Command<A>;
  state: CommandState;
  actions: A;
  /** Show the shortcut as the tooltip (false where the keys do not reach, e.g. outside the sheets). */
  keys?: boolean;
}

export function CommandButton<A>({ command: c, state, actions, keys = true }: ButtonProps<A>) {
  const { t } = useI18n();
  const label = t(c.label);
  const title =
    (keys ? shortcutText(c, t) : undefined) ?? (c.tooltip ? t(c.tooltip) : c.iconOnly ? label : undefined);
  return (
    <button
      type="button"
      className={c.danger ? "button danger" : "button"}
      onClick={() => c.run?.(actions, "")}
      disabled={!c.enabled(state)}
      aria-label={c.iconOnly ? label : undefined}
      title={title}
    >
      {c.iconOnly ? <span aria-hidden="true">{c.icon}</span> : c.icon ? `${c.icon} ${label}` : label}
    </button>
  );
}

function MenuButton<A>({
  item,
  commands,
  state,
  actions,
}: {
  item: { menu: MessageKey; ids: readonly string[] };
  commands: readonly Command<A>[];
  state: CommandState;
  actions: A;
}) {
  const { t } = useI18n();
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const entries = menuEntries(commands, item.ids, state, actions, t, true);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        disabled={entries.every((e) => e === "separator" || e.disabled)}
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          setAt({ x: r.left, y: r.bottom + 2 });
        }}
      >
        {t(item.menu)} ▾
      </button>
      {at && <Menu label={t(item.menu)} at={at} onClose={() => setAt(null)} entries={entries} />}
    </>
  );
}

interface BarProps<A> {
  label: string;
  commands: readonly Command<A>[];
  groups: readonly (readonly BarItem[])[];
  state: CommandState;
  actions: A;
  /** Before the groups (a sub-area chooser). */
  before?: ReactNode;
  /** After the groups (a count). */
  children?: ReactNode;
}

export function CommandBar<A>({ label, commands, groups, state, actions, before, children }: BarProps<A>) {
  return (
    <div className="grid-toolbar" role="toolbar" aria-label={label}>
      {before}
      {groups.map((group, i) => (
        <span key={i} className="grid-tool-group">
          {group.map((item) => {
            if (typeof item !== "string")
              return (
                <MenuButton key={item.menu} item={item} commands={commands} state={state} actions={actions} />
              );
            const c = commandOf(commands, item);
            if (c.offered && !c.offered(state)) return null;
            return <CommandButton key={item} command={c} state={state} actions={actions} />;
          })}
        </span>
      ))}
      {children}
    </div>
  );
}

/** The keys of a sheet in one line, from the registry. */
export function ShortcutLine<A>({
  commands,
  notes,
}: {
  commands: readonly Command<A>[];
  notes?: MessageKey[];
}) {
  const { t } = useI18n();
  const line = shortcutLine(commands, t, notes);
  return (
    <p className="grid-shortcuts" title={line}>
      {line}
    </p>
  );
}

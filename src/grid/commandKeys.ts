// Reading the command registry (commands.ts): which command a key press is, how a shortcut is
// written, the shortcut line under a sheet, and a menu's entries. Pure functions of the registry.
import type { MessageKey } from "../i18n/messages";
import type { Translate } from "../i18n/translator";
import type { MenuEntry } from "../ui/Menu";
import type { Command, CommandState, KeySpec } from "./commands";

export type KeyLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">;

function matches(spec: KeySpec, e: KeyLike, cellTakesTyping: boolean): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const same = (want: boolean | undefined, down: boolean) => want === undefined || want === down;
  return (
    spec.key === key &&
    same(spec.ctrl, e.ctrlKey || e.metaKey) &&
    same(spec.shift, e.shiftKey) &&
    same(spec.alt, e.altKey) &&
    !(spec.fixedCell && cellTakesTyping)
  );
}

/**
 * The command a key press runs, if any. Keys the browser delivers as its own events (copy, paste)
 * are never caught. `cellTakesTyping` false: the focused cell is not typed into (Enter opens a form).
 */
export function commandForKey<A>(
  list: readonly Command<A>[],
  e: KeyLike,
  cellTakesTyping = true,
): Command<A> | null {
  return (
    list.find(
      (c) => c.shortcut && !c.shortcut.native && c.shortcut.keys.some((k) => matches(k, e, cellTakesTyping)),
    ) ?? null
  );
}

/** How the command's shortcut is written ("Ctrl+E"), if it shows one. */
export function shortcutText<A>(c: Command<A>, t: Translate): string | undefined {
  const text = c.shortcut?.text;
  return typeof text === "object" ? t(text.message) : text;
}

/**
 * The line under a sheet: typing and moving on (AG Grid's own keys), the sheet's own notes, then
 * every command of the list with words for the line, in the list's order; commands next to each
 * other with one `pair` share a part ("Ctrl+Z/Ctrl+Y: hoàn tác/làm lại").
 */
export function shortcutLine<A>(
  list: readonly Command<A>[],
  t: Translate,
  notes: readonly MessageKey[] = [],
): string {
  const parts: { keys: string[]; words: string[]; pair?: string }[] = [];
  for (const c of list) {
    const s = c.shortcut;
    if (!s?.line) continue;
    const keys = shortcutText(c, t) ?? "";
    const last = parts[parts.length - 1];
    if (s.pair && last?.pair === s.pair) {
      last.keys.push(keys);
      last.words.push(t(s.line));
    } else parts.push({ keys: [keys], words: [t(s.line)], pair: s.pair });
  }
  return [
    t("keys.typing"),
    ...notes.map((n) => t(n)),
    ...parts.map((p) => `${p.keys.join("/")}: ${p.words.join("/")}`),
  ].join(" · ");
}

/**
 * A menu of commands by id ("separator" between groups), with their shortcut text as the hint.
 * `onlyOffered`: leave out commands the toolbar would not list (the plan lacks what they work on).
 */
export function menuEntries<A>(
  list: readonly Command<A>[],
  ids: readonly string[],
  state: CommandState,
  actions: A,
  t: Translate,
  onlyOffered = false,
): MenuEntry[] {
  return ids.flatMap((id): MenuEntry[] => {
    if (id === "separator") return ["separator"];
    const c = list.find((x) => x.id === id);
    if (!c || (onlyOffered && c.offered && !c.offered(state))) return [];
    return [
      {
        id: c.id,
        label: t(c.label),
        hint: shortcutText(c, t),
        disabled: !c.enabled(state),
        run: () => c.run?.(actions, ""),
      },
    ];
  });
}

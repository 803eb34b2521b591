import { describe, expect, it, vi } from "vitest";
import "../../../src/i18n/featureMessages";
import { MESSAGES } from "../../../src/i18n/messages";
import { translator } from "../../../src/i18n/translator";
import { commandForKey, menuEntries, shortcutLine, shortcutText } from "../../../src/grid/commandKeys";
import {
  type Command,
  type CommandState,
  GRID_COMMANDS,
  type GridActions,
  planCommandState,
  TASK_COMMANDS,
} from "../../../src/grid/commands";
import { runShortcut, shortcutOf } from "../../../src/grid/useGridKeys";

const SCOPES = { grid: GRID_COMMANDS, tasks: TASK_COMMANDS } as Record<string, readonly Command<never>[]>;

const STATE: CommandState = {
  editable: true,
  writable: true,
  onIndicator: true,
  subAreas: true,
  fromText: true,
  canUndo: true,
  canRedo: true,
};

/** Every combination of modifiers with a key, as a key press. */
function presses(key: string) {
  const out = [];
  for (let m = 0; m < 8; m++)
    out.push({ key, ctrlKey: (m & 1) > 0, metaKey: false, shiftKey: (m & 2) > 0, altKey: (m & 4) > 0 });
  return out;
}

describe("the command registry", () => {
  it.each(Object.entries(SCOPES))("%s: every command has a label and line words in vi and en", (_, list) => {
    for (const c of list) {
      const keys = [c.label, c.tooltip, c.shortcut?.line];
      const text = c.shortcut?.text;
      if (typeof text === "object") keys.push(text.message);
      for (const k of keys.filter((x) => x !== undefined)) {
        expect(MESSAGES.vi[k], `${c.id}: vi ${k}`).toBeTruthy();
        expect(MESSAGES.en[k], `${c.id}: en ${k}`).toBeTruthy();
      }
    }
  });

  it.each(Object.entries(SCOPES))("%s: ids are unique and no key press runs two commands", (_, list) => {
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    const keys = new Set(list.flatMap((c) => c.shortcut?.keys.map((k) => k.key) ?? []));
    for (const key of keys)
      for (const e of presses(key))
        for (const typing of [true, false]) {
          // Native keys (copy, paste) count too: the browser's event must not also run a command.
          const caught = list.filter(
            (c) =>
              commandForKey([{ ...c, shortcut: c.shortcut && { keys: c.shortcut.keys } }], e, typing) !==
              null,
          );
          expect(
            caught.map((c) => c.id),
            JSON.stringify(e),
          ).toHaveLength(caught.length > 1 ? 1 : caught.length);
        }
  });

  it("says when a command is enabled from the state alone", () => {
    const byId = (id: string) => GRID_COMMANDS.find((c) => c.id === id)!;
    expect(byId("toggleEstimate").enabled(STATE)).toBe(true);
    expect(byId("toggleEstimate").enabled({ ...STATE, onIndicator: false })).toBe(false);
    // The whole plan's roll-up takes no figures, but a province target can still be split from it.
    expect(byId("deleteIndicator").enabled({ ...STATE, editable: false })).toBe(false);
    expect(byId("splitAreas").enabled({ ...STATE, editable: false })).toBe(true);
    expect(byId("splitAreas").enabled({ ...STATE, subAreas: false })).toBe(false);
    expect(byId("undo").enabled({ ...STATE, canUndo: false })).toBe(false);
    expect(byId("redo").enabled({ ...STATE, writable: false })).toBe(false);
    expect(byId("copy").enabled({ ...STATE, editable: false, writable: false })).toBe(true);
    const tasks = planCommandState({ writable: false, canUndo: true, canRedo: false });
    expect(TASK_COMMANDS.filter((c) => c.enabled(tasks)).map((c) => c.id)).toEqual([]);
  });

  it("writes the shortcut line a planner has always read, from the commands", () => {
    expect(shortcutLine(GRID_COMMANDS, translator("vi"))).toBe(
      "Gõ để nhập · Enter/Tab: sang ô tiếp · Esc: hủy · Shift+mũi tên: chọn vùng · Ctrl+C/Ctrl+V: chép/dán · Ctrl+Z/Ctrl+Y: hoàn tác/làm lại · Ctrl+E: ước/chính thức · Shift+F2: ghi chú · Shift+F10: menu ô",
    );
    expect(shortcutLine(GRID_COMMANDS, translator("en"))).toBe(
      "Type to enter · Enter/Tab: next cell · Esc: cancel · Shift+arrows: select · Ctrl+C/Ctrl+V: copy/paste · Ctrl+Z/Ctrl+Y: undo/redo · Ctrl+E: estimate/final · Shift+F2: note · Shift+F10: cell menu",
    );
    expect(shortcutLine(TASK_COMMANDS, translator("vi"), ["task.keys.dates"])).toBe(
      "Gõ để nhập · Enter/Tab: sang ô tiếp · Esc: hủy · Thời hạn viết ngày/tháng/năm · Ctrl+Z/Ctrl+Y: hoàn tác/làm lại",
    );
  });

  it("lists every command's shortcut once, wherever it is shown", () => {
    const t = translator("vi");
    const shown = GRID_COMMANDS.map((c) => [c.id, shortcutText(c, t)]).filter(([, s]) => s);
    expect(Object.fromEntries(shown)).toEqual({
      extend: "Shift+mũi tên",
      copy: "Ctrl+C",
      paste: "Ctrl+V",
      undo: "Ctrl+Z",
      redo: "Ctrl+Y",
      toggleEstimate: "Ctrl+E",
      note: "Shift+F2",
      menu: "Shift+F10",
      clear: "Delete",
    });
    const entries = menuEntries(
      GRID_COMMANDS,
      ["note", "separator", "splitAreas"],
      STATE,
      {} as GridActions,
      t,
    );
    expect(entries).toMatchObject([
      { id: "note", hint: "Shift+F2", disabled: false },
      "separator",
      { id: "splitAreas" },
    ]);
    const noAreas = { ...STATE, subAreas: false };
    expect(menuEntries(GRID_COMMANDS, ["splitAreas"], noAreas, {} as GridActions, t, true)).toEqual([]);
  });

  it("runs a command's action from its key: Enter opens the form only on a cell not typed into", () => {
    const a = {
      edit: vi.fn(),
      extend: vi.fn(),
      undo: vi.fn(),
    } as unknown as GridActions;
    const press = (key: string, mods = {}) =>
      ({
        key,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        preventDefault: () => {},
        ...mods,
      }) as KeyboardEvent;
    expect(runShortcut(press("Enter"), a, true)).toBe(false);
    expect(runShortcut(press("Enter"), a, false)).toBe(true);
    expect(a.edit).toHaveBeenCalledTimes(1);
    expect(runShortcut(press("ArrowLeft", { shiftKey: true }), a, true)).toBe(true);
    expect(a.extend).toHaveBeenCalledWith(0, -1);
    expect(shortcutOf(press("Enter"), false)).toBe("editIndicator");
    expect(runShortcut(press("c", { ctrlKey: true }), a, true)).toBe(false);
  });
});

// The command registry (as Excalidraw's actions/): every command of the indicator grid and the task
// sheet is defined ONCE here — its id, its label (a vi/en message key), its shortcut as data with the
// text shown for it, when it is enabled (a pure function of a small state) and what it runs (a call
// into the sheet's actions, which build one edit and dispatch it). The toolbars (CommandBar), the
// cell menu, the keys (useGridKeys), the plan page's undo bar and the shortcut line all read it.
// Adding a command is one entry in GRID_COMMANDS or TASK_COMMANDS, then its id where it is shown.
import type { MessageKey } from "../i18n/messages";
import type { FillKind } from "./useGridActions";

/** What decides whether a command can run now. */
export interface CommandState {
  /** Cells may be written (a writable plan, not the whole-plan roll-up). */
  editable: boolean;
  /** The plan may be changed at all (sub-area roll-up or not). */
  writable: boolean;
  /** A cell of an indicator (or a task) is focused. */
  onIndicator: boolean;
  /** The plan has more than one sub-area (a province target can be split over them). */
  subAreas: boolean;
  /** The page offers targets from text (issue 13). */
  fromText: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * One key press. `ctrl` means Ctrl or ⌘. A modifier left out may be up or down; `false` says it
 * must be up. `fixedCell`: only on a cell that is not typed into (unit, kind, status…).
 */
export interface KeySpec {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  fixedCell?: true;
}

export interface Shortcut {
  keys: readonly KeySpec[];
  /** How it is written for the planner (a tooltip, the menu, the shortcut line). */
  text?: string | { message: MessageKey };
  /** Its words in the shortcut line; commands next to each other with one `pair` share a part. */
  line?: MessageKey;
  pair?: string;
  /** The browser delivers it as its own event (copy, paste): listed, never caught as a key. */
  native?: true;
}

export interface Command<A> {
  id: string;
  label: MessageKey;
  /** Drawn before the label on a toolbar button ("↶ Hoàn tác"). */
  icon?: string;
  /** A toolbar button showing only the icon; the label is its name and tooltip. */
  iconOnly?: true;
  danger?: true;
  /** Tooltip of the toolbar button when it has no shortcut text. */
  tooltip?: MessageKey;
  shortcut?: Shortcut;
  enabled: (s: CommandState) => boolean;
  /** Whether a toolbar lists it at all (the plan has what it works on, the page offers it). */
  offered?: (s: CommandState) => boolean;
  /** The key that ran it is passed on (the arrows of "extend"); absent when nothing is run (paste). */
  run?: (a: A, key: string) => void;
}

export interface UndoActions {
  undo: () => void;
  redo: () => void;
}

export interface GridActions extends UndoActions {
  add: () => void;
  fromText: () => void;
  edit: () => void;
  remove: () => void;
  move: (delta: -1 | 1) => void;
  fill: (kind: FillKind) => void;
  toggleEstimate: () => void;
  note: () => void;
  splitAreas: () => void;
  copy: () => void;
  clear: () => void;
  extend: (dRow: number, dCol: number) => void;
  menu: () => void;
}

export interface TaskActions extends UndoActions {
  add: () => void;
  remove: () => void;
  move: (delta: -1 | 1) => void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};
const always = () => true;
const onRow = (s: CommandState) => s.editable && s.onIndicator;
const PLAIN = { ctrl: false, alt: false } as const;

export const UNDO: Command<UndoActions> = {
  id: "undo",
  label: "undo",
  icon: "↶",
  shortcut: {
    keys: [{ key: "z", ctrl: true, shift: false, alt: false }],
    text: "Ctrl+Z",
    line: "keys.undo",
    pair: "undo",
  },
  enabled: (s) => s.writable && s.canUndo,
  run: (a) => a.undo(),
};

export const REDO: Command<UndoActions> = {
  id: "redo",
  label: "redo",
  icon: "↷",
  shortcut: {
    keys: [
      { key: "y", ctrl: true, alt: false },
      { key: "z", ctrl: true, shift: true, alt: false },
    ],
    text: "Ctrl+Y",
    line: "keys.redo",
    pair: "undo",
  },
  enabled: (s) => s.writable && s.canRedo,
  run: (a) => a.redo(),
};

const fill = (id: string, label: MessageKey, kind: FillKind): Command<GridActions> => ({
  id,
  label,
  enabled: onRow,
  run: (a) => a.fill(kind),
});

/** The indicator grid. The order is the shortcut line's. */
export const GRID_COMMANDS: readonly Command<GridActions>[] = [
  {
    id: "extend",
    label: "grid.extendSelection",
    shortcut: {
      keys: Object.keys(ARROWS).map((key) => ({ key, shift: true, ...PLAIN })),
      text: { message: "keys.arrows" },
      line: "keys.extend",
    },
    enabled: always,
    run: (a, key) => a.extend(...(ARROWS[key] ?? [0, 0])),
  },
  {
    id: "copy",
    label: "grid.copy",
    shortcut: {
      keys: [{ key: "c", ctrl: true }],
      text: "Ctrl+C",
      line: "keys.copy",
      pair: "clip",
      native: true,
    },
    enabled: always,
    run: (a) => a.copy(),
  },
  {
    id: "paste",
    label: "grid.paste",
    shortcut: {
      keys: [{ key: "v", ctrl: true }],
      text: "Ctrl+V",
      line: "keys.paste",
      pair: "clip",
      native: true,
    },
    enabled: (s) => s.editable,
  },
  UNDO,
  REDO,
  {
    id: "toggleEstimate",
    label: "grid.toggleEstimate",
    shortcut: { keys: [{ key: "e", ctrl: true, alt: false }], text: "Ctrl+E", line: "keys.estimate" },
    enabled: onRow,
    run: (a) => a.toggleEstimate(),
  },
  {
    id: "note",
    label: "grid.editNote",
    shortcut: { keys: [{ key: "F2", shift: true }], text: "Shift+F2", line: "keys.note" },
    enabled: onRow,
    run: (a) => a.note(),
  },
  {
    id: "menu",
    label: "grid.cellActions",
    shortcut: {
      keys: [{ key: "F10", shift: true }, { key: "ContextMenu" }],
      text: "Shift+F10",
      line: "keys.menu",
    },
    enabled: always,
    run: (a) => a.menu(),
  },
  {
    id: "clear",
    label: "grid.clearCells",
    shortcut: {
      keys: [
        { key: "Delete", ...PLAIN },
        { key: "Backspace", ...PLAIN },
      ],
      text: "Delete",
    },
    enabled: (s) => s.editable,
    run: (a) => a.clear(),
  },
  {
    id: "addIndicator",
    label: "grid.addIndicator",
    icon: "+",
    enabled: (s) => s.editable,
    run: (a) => a.add(),
  },
  {
    id: "fromText",
    label: "tt.open",
    tooltip: "tt.openLong",
    enabled: (s) => s.writable,
    offered: (s) => s.fromText,
    run: (a) => a.fromText(),
  },
  {
    id: "editIndicator",
    label: "grid.editIndicator",
    // Enter on a cell that is not typed into opens the indicator's form.
    shortcut: { keys: [{ key: "Enter", shift: false, ctrl: false, alt: false, fixedCell: true }] },
    enabled: (s) => s.writable && s.onIndicator,
    run: (a) => a.edit(),
  },
  {
    id: "moveUp",
    label: "grid.moveUpLabel",
    icon: "↑",
    iconOnly: true,
    enabled: onRow,
    run: (a) => a.move(-1),
  },
  {
    id: "moveDown",
    label: "grid.moveDownLabel",
    icon: "↓",
    iconOnly: true,
    enabled: onRow,
    run: (a) => a.move(1),
  },
  {
    id: "deleteIndicator",
    label: "grid.deleteIndicator",
    danger: true,
    enabled: onRow,
    run: (a) => a.remove(),
  },
  fill("fillSplit", "grid.fill.split", "split"),
  fill("fillCopyRest", "grid.fill.copyRest", "copyRest"),
  fill("fillDeriveTotal", "grid.fill.deriveTotal", "deriveTotal"),
  {
    // Splitting a province target writes the sub-areas: offered from the whole plan's view too.
    id: "splitAreas",
    label: "split.open",
    enabled: (s) => s.writable && s.onIndicator && s.subAreas,
    offered: (s) => s.subAreas,
    run: (a) => a.splitAreas(),
  },
];

/** The task sheet. */
export const TASK_COMMANDS: readonly Command<TaskActions>[] = [
  UNDO,
  REDO,
  { id: "addTask", label: "task.add", icon: "+", enabled: (s) => s.writable, run: (a) => a.add() },
  {
    id: "moveTaskUp",
    label: "task.moveUpLabel",
    icon: "↑",
    iconOnly: true,
    enabled: (s) => s.writable,
    run: (a) => a.move(-1),
  },
  {
    id: "moveTaskDown",
    label: "task.moveDownLabel",
    icon: "↓",
    iconOnly: true,
    enabled: (s) => s.writable,
    run: (a) => a.move(1),
  },
  {
    id: "deleteTask",
    label: "task.delete",
    danger: true,
    enabled: (s) => s.writable,
    run: (a) => a.remove(),
  },
];

/** The state where only the plan's own rights count (the task sheet, the plan page's undo bar). */
export function planCommandState(e: Pick<CommandState, "writable" | "canUndo" | "canRedo">): CommandState {
  const { writable, canUndo, canRedo } = e;
  return {
    editable: writable,
    writable,
    onIndicator: false,
    subAreas: false,
    fromText: false,
    canUndo,
    canRedo,
  };
}

/** The command of a list with this id (a mistyped id is a programming error). */
export function commandOf<A>(list: readonly Command<A>[], id: string): Command<A> {
  const c = list.find((x) => x.id === id);
  if (!c) throw new Error(`no command ${id}`);
  return c;
}

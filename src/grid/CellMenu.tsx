// The cell menu (right click, Shift+F10 or the menu key): everything the toolbar does, plus copy
// and clear, so that a keyboard user can do it all from the grid.
import { useI18n } from "../i18n/I18nProvider";
import { Menu, type MenuEntry } from "../ui/Menu";
import type { ToolbarActions } from "./GridToolbar";

export interface CellMenuState {
  /** Cells may be written (a writable plan, not the whole-plan roll-up). */
  editable: boolean;
  writable: boolean;
  onIndicator: boolean;
}

interface Props {
  state: CellMenuState;
  actions: ToolbarActions;
  cell: { copy: () => void; clear: () => void };
  at: { x: number; y: number };
  onClose: () => void;
}

export function CellMenu({ state: s, actions: a, cell, at, onClose }: Props) {
  const { t } = useI18n();
  const row = !s.editable || !s.onIndicator;
  const entries: MenuEntry[] = [
    { id: "copy", label: t("grid.copy"), hint: "Ctrl+C", run: cell.copy },
    { id: "clear", label: t("grid.clearCells"), hint: "Delete", disabled: !s.editable, run: cell.clear },
    { id: "estimate", label: t("grid.toggleEstimate"), hint: "Ctrl+E", disabled: row, run: a.toggleEstimate },
    { id: "note", label: t("grid.editNote"), hint: "Shift+F2", disabled: row, run: a.note },
    "separator",
    { id: "split", label: t("grid.fill.split"), disabled: row, run: () => a.fill("split") },
    { id: "copyRest", label: t("grid.fill.copyRest"), disabled: row, run: () => a.fill("copyRest") },
    { id: "deriveTotal", label: t("grid.fill.deriveTotal"), disabled: row, run: () => a.fill("deriveTotal") },
    "separator",
    { id: "edit", label: t("grid.editIndicator"), disabled: !s.writable || !s.onIndicator, run: a.edit },
    { id: "add", label: t("grid.addIndicator"), disabled: !s.editable, run: a.add },
    { id: "up", label: t("grid.moveUpLabel"), disabled: row, run: () => a.move(-1) },
    { id: "down", label: t("grid.moveDownLabel"), disabled: row, run: () => a.move(1) },
    { id: "delete", label: t("grid.deleteIndicator"), disabled: row, run: a.remove },
  ];
  return <Menu label={t("grid.cellActions")} entries={entries} at={at} onClose={onClose} />;
}

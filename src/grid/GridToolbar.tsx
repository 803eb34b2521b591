// The grid's toolbar: sub-area, undo/redo, indicator rows (add, edit, delete, move), fill helpers,
// estimate/final, note, and the save indicator. Every action here is also in the cell menu
// (Shift+F10) so that a keyboard user never has to leave the grid.
import { useMemo, useState } from "react";
import { SubAreaPicker } from "../ui/SubAreaPicker";
import { subAreaOptions } from "../ui/subAreaOptions";
import { usePlanEditor } from "../bindings/planEditor";
import { WHOLE_AREA } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { Menu } from "../ui/Menu";
import { MoveButtons } from "./MoveButtons";
import type { FillKind } from "./useGridActions";

export interface ToolbarActions {
  undo: () => void;
  redo: () => void;
  add: () => void;
  /** Targets from the text of a programme (issue 13), where the page offers it. */
  fromText: (() => void) | undefined;
  edit: () => void;
  remove: () => void;
  move: (delta: -1 | 1) => void;
  fill: (kind: FillKind) => void;
  toggleEstimate: () => void;
  note: () => void;
  /** Split a province target of the focused indicator over the sub-areas. */
  splitAreas: () => void;
}

interface Props {
  area: string;
  onArea: (area: string) => void;
  /** Cells may be written (a writable plan, not the whole-plan roll-up). */
  editable: boolean;
  /** A cell of an indicator is focused. */
  onIndicator: boolean;
  actions: ToolbarActions;
}

export function GridToolbar({ area, onArea, editable, onIndicator, actions }: Props) {
  const editor = usePlanEditor();
  const { t } = useI18n();
  const plan = editor.plan;
  const [fillMenu, setFillMenu] = useState<{ x: number; y: number } | null>(null);
  const wholeLabel = t("grid.area.whole");
  // Sorted again only when the sub-areas change, not at every edit of a value.
  const { subAreas } = plan;
  const areaOptions = useMemo(
    () => [{ id: WHOLE_AREA, label: wholeLabel }, ...subAreaOptions({ subAreas })],
    [subAreas, wholeLabel],
  );
  const rowAction = !editable || !onIndicator;
  // Splitting a province target writes the sub-areas: it is offered from the whole plan's view too.
  const canSplit = editor.writable && onIndicator && plan.subAreas.length > 1;
  return (
    <div className="grid-toolbar" role="toolbar" aria-label={t("grid.toolbar")}>
      {plan.subAreas.length > 0 && (
        <SubAreaPicker
          className="grid-area"
          label={t("grid.area")}
          options={areaOptions}
          value={area}
          onChange={onArea}
        />
      )}
      <span className="grid-tool-group">
        <button
          type="button"
          className="button"
          onClick={actions.undo}
          disabled={!editor.canUndo}
          title="Ctrl+Z"
        >
          ↶ {t("undo")}
        </button>
        <button
          type="button"
          className="button"
          onClick={actions.redo}
          disabled={!editor.canRedo}
          title="Ctrl+Y"
        >
          ↷ {t("redo")}
        </button>
      </span>
      <span className="grid-tool-group">
        <button type="button" className="button" onClick={actions.add} disabled={!editable}>
          + {t("grid.addIndicator")}
        </button>
        {actions.fromText && (
          <button
            type="button"
            className="button"
            onClick={actions.fromText}
            disabled={!editor.writable}
            title={t("tt.openLong")}
          >
            {t("tt.open")}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={actions.edit}
          disabled={!editor.writable || !onIndicator}
        >
          {t("grid.editIndicator")}
        </button>
        <MoveButtons
          onMove={actions.move}
          disabled={rowAction}
          up="grid.moveUpLabel"
          down="grid.moveDownLabel"
        />
        <button type="button" className="button danger" onClick={actions.remove} disabled={rowAction}>
          {t("grid.deleteIndicator")}
        </button>
      </span>
      <span className="grid-tool-group">
        <button
          type="button"
          className="button"
          aria-haspopup="menu"
          aria-expanded={fillMenu !== null}
          disabled={rowAction && !canSplit}
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            setFillMenu({ x: r.left, y: r.bottom + 2 });
          }}
        >
          {t("grid.fillMenu")} ▾
        </button>
        <button
          type="button"
          className="button"
          onClick={actions.toggleEstimate}
          disabled={rowAction}
          title="Ctrl+E"
        >
          {t("grid.toggleEstimate")}
        </button>
        <button type="button" className="button" onClick={actions.note} disabled={rowAction} title="Shift+F2">
          {t("grid.editNote")}
        </button>
      </span>
      {fillMenu && (
        <Menu
          label={t("grid.fillMenu")}
          at={fillMenu}
          onClose={() => setFillMenu(null)}
          entries={[
            {
              id: "split",
              label: t("grid.fill.split"),
              disabled: rowAction,
              run: () => actions.fill("split"),
            },
            {
              id: "copyRest",
              label: t("grid.fill.copyRest"),
              disabled: rowAction,
              run: () => actions.fill("copyRest"),
            },
            {
              id: "deriveTotal",
              label: t("grid.fill.deriveTotal"),
              disabled: rowAction,
              run: () => actions.fill("deriveTotal"),
            },
            ...(plan.subAreas.length > 1
              ? [{ id: "splitAreas", label: t("split.open"), disabled: !canSplit, run: actions.splitAreas }]
              : []),
          ]}
        />
      )}
    </div>
  );
}

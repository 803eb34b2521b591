// The grid's toolbar: sub-area, undo/redo, indicator rows (add, edit, delete, move), fill helpers,
// estimate/final, note. Every button is a command of the registry (commands.ts); every one of them
// is also in the cell menu (Shift+F10) so that a keyboard user never has to leave the grid.
import { useMemo } from "react";
import { SubAreaPicker } from "../ui/SubAreaPicker";
import { areaOptions } from "../ui/subAreaOptions";
import { usePlanEditor } from "../bindings/planEditor";
import { WHOLE_AREA } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { type BarItem, CommandBar } from "./CommandBar";
import { type CommandState, GRID_COMMANDS, type GridActions } from "./commands";

const GROUPS: readonly (readonly BarItem[])[] = [
  ["undo", "redo"],
  ["addIndicator", "fromText", "editIndicator", "moveUp", "moveDown", "deleteIndicator"],
  [
    { menu: "grid.fillMenu", ids: ["fillSplit", "fillCopyRest", "fillDeriveTotal", "splitAreas"] },
    "toggleEstimate",
    "note",
  ],
];

interface Props {
  area: string;
  onArea: (area: string) => void;
  state: CommandState;
  actions: GridActions;
}

export function GridToolbar({ area, onArea, state, actions }: Props) {
  const plan = usePlanEditor().plan;
  const { t } = useI18n();
  const wholeLabel = t("grid.area.whole");
  // Sorted again only when the sub-areas change, not at every edit of a value.
  const { subAreas, subAreaGroups } = plan;
  const options = useMemo(
    () => areaOptions({ subAreas, subAreaGroups }, { id: WHOLE_AREA, label: wholeLabel }),
    [subAreas, subAreaGroups, wholeLabel],
  );
  return (
    <CommandBar
      label={t("grid.toolbar")}
      commands={GRID_COMMANDS}
      groups={GROUPS}
      state={state}
      actions={actions}
      before={
        plan.subAreas.length > 0 && (
          <SubAreaPicker
            className="grid-area"
            label={t("grid.area")}
            options={options}
            value={area}
            onChange={onArea}
          />
        )
      }
    />
  );
}

// The cell menu (right click, Shift+F10 or the menu key): everything the toolbar does, plus copy
// and clear, so that a keyboard user can do it all from the grid. Its entries are commands of the
// registry (commands.ts), with their shortcuts as hints.
import { useI18n } from "../i18n/I18nProvider";
import { Menu } from "../ui/Menu";
import { menuEntries } from "./commandKeys";
import { type CommandState, GRID_COMMANDS, type GridActions } from "./commands";

const ENTRIES = [
  "copy",
  "clear",
  "toggleEstimate",
  "note",
  "separator",
  "fillSplit",
  "fillCopyRest",
  "fillDeriveTotal",
  "splitAreas",
  "separator",
  "editIndicator",
  "addIndicator",
  "moveUp",
  "moveDown",
  "deleteIndicator",
];

interface Props {
  state: CommandState;
  actions: GridActions;
  at: { x: number; y: number };
  onClose: () => void;
}

export function CellMenu({ state, actions, at, onClose }: Props) {
  const { t } = useI18n();
  const entries = menuEntries(GRID_COMMANDS, ENTRIES, state, actions, t);
  return <Menu label={t("grid.cellActions")} entries={entries} at={at} onClose={onClose} />;
}

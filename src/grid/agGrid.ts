// AG Grid Community, with only the modules the grid and the task sheet use (no Enterprise, no
// AG Grid undo: undo belongs to the app's one edit path). Themed from JS (Theming API), sized to be
// read on a 1280×720 projector: 15 px text, roomy rows, strong header contrast.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TooltipModule,
  themeQuartz,
} from "ag-grid-community";

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    TextEditorModule,
    CustomEditorModule,
    ColumnApiModule,
    RowApiModule,
    ScrollApiModule,
    RenderApiModule,
    EventApiModule,
    CellStyleModule,
    RowStyleModule,
    TooltipModule,
  ]);
}

export const gridTheme = themeQuartz.withParams({
  fontFamily: "inherit",
  fontSize: 15,
  headerFontSize: 14,
  headerFontWeight: 700,
  rowHeight: 36,
  headerHeight: 38,
  foregroundColor: "#1b2421",
  headerTextColor: "#1b2421",
  headerBackgroundColor: "#e4ece9",
  accentColor: "#0b4f4a",
  borderColor: "#c9d3cf",
  rowBorder: { color: "#dde4e1" },
  columnBorder: { color: "#e6ecea" },
  cellHorizontalPadding: 8,
  oddRowBackgroundColor: "#fafcfb",
  rangeSelectionBorderColor: "#0072b2",
});

/**
 * What the plan grid and the task sheet share: the theme, typing and Enter as in a spreadsheet
 * (Tab moves on, Enter goes down after an edit), a refused value kept in its editor, no animation,
 * the row height and the tooltips' delay.
 */
export const SHEET_OPTIONS = {
  theme: gridTheme,
  suppressStartEditOnTab: true,
  animateRows: false,
  enterNavigatesVerticallyAfterEdit: true,
  invalidEditValueMode: "block",
  tooltipShowDelay: 400,
  rowHeight: 46,
} as const;

/** Columns of both sheets: in the plan's order, not sortable or movable, resizable. */
export const SHEET_COLUMN = { sortable: false, resizable: true, suppressMovable: true } as const;

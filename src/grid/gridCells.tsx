// How a cell of the indicator grid looks: its text with the estimate mark ("12 (ước)": a word, not a
// colour alone), the status as icon and words, and the group heading rows.
import type { CustomCellRendererProps } from "ag-grid-react";
import { StatusBadge } from "../ui/StatusBadge";
import type { CellView } from "./cellView";
import type { GridContext } from "./gridContext";
import type { GridRow } from "./rows";

type Props = CustomCellRendererProps<GridRow, CellView | string | null, GridContext>;

/** A bound written before a number ("≥ 8", "> 15", "~50"): drawn upright and bold to stay readable. */
const BOUND = /^([≥>≤<~])\s?/;

export function hasBoundMark(text: string): boolean {
  return BOUND.test(text);
}

/** A text cell (code, name, unit, kind, agency): its text, clamped to two lines by the style. */
export function ValueCell(props: Props) {
  return <CellText {...props} bounds={false} />;
}

/** A number with a bound ("≥ 8"): the sign drawn apart. */
export function BoundCell(props: Props) {
  return <CellText {...props} bounds />;
}

function CellText(props: Props & { bounds: boolean }) {
  const row = props.data;
  const id = props.column?.getColId();
  if (!row || row.type !== "indicator" || !id) return null;
  const cell = row.cells[id];
  if (!cell) return null;
  const bound = props.bounds ? BOUND.exec(cell.text) : null;
  return (
    <span className="cell-text">
      {bound ? (
        <>
          <span className="bound-mark">{bound[1]}</span> {cell.text.slice(bound[0].length)}
        </>
      ) : (
        cell.text
      )}
      {cell.estimate && cell.text !== "" && (
        <span className="estimate-mark"> {props.context.t("grid.estimateSuffix")}</span>
      )}
    </span>
  );
}

export function StatusCell(props: Props) {
  const row = props.data;
  if (!row || row.type !== "indicator") return null;
  return <StatusBadge status={row.status} />;
}

/**
 * Full-width heading rows are drawn once per pinned section: the title goes in the left one. Each is
 * a cell of its row, as a grid's rows must hold cells (for screen readers).
 */
export function GroupHeading(props: Props & { pinned?: "left" | "right" | null }) {
  const row = props.data;
  if (!row || row.type !== "group") return null;
  return (
    <div className="grid-group-heading" role="gridcell">
      {props.pinned === "left" ? row.title : ""}
    </div>
  );
}

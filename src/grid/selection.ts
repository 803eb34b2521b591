// The block of cells the planner has chosen: an anchor (where the selection started, the focused
// cell) and a far corner that mouse drags, Shift+click and Shift+arrows move. Positions are indices
// of displayed rows and columns. AG Grid Community has no range selection, so the grid keeps this
// itself and draws it with a cell class.
export interface CellPos {
  row: number;
  col: number;
}

export interface Selection {
  anchor: CellPos;
  focus: CellPos;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function collapsed(pos: CellPos): Selection {
  return { anchor: pos, focus: pos };
}

export function toRect(s: Selection): Rect {
  return {
    top: Math.min(s.anchor.row, s.focus.row),
    bottom: Math.max(s.anchor.row, s.focus.row),
    left: Math.min(s.anchor.col, s.focus.col),
    right: Math.max(s.anchor.col, s.focus.col),
  };
}

export function contains(s: Selection, pos: CellPos): boolean {
  const r = toRect(s);
  return pos.row >= r.top && pos.row <= r.bottom && pos.col >= r.left && pos.col <= r.right;
}

export function isSingleCell(s: Selection): boolean {
  return s.anchor.row === s.focus.row && s.anchor.col === s.focus.col;
}

export function cellCount(s: Selection): number {
  const r = toRect(s);
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** Move the far corner (Shift+arrows), staying inside the grid of rows × cols. */
export function extend(s: Selection, dRow: number, dCol: number, rows: number, cols: number): Selection {
  return {
    anchor: s.anchor,
    focus: { row: clamp(s.focus.row + dRow, rows - 1), col: clamp(s.focus.col + dCol, cols - 1) },
  };
}

/** Shift+click or a mouse drag to `pos`. */
export function extendTo(s: Selection, pos: CellPos): Selection {
  return { anchor: s.anchor, focus: pos };
}

/** Keep a selection inside a grid that has changed size (rows deleted, a narrower plan). */
export function clampSelection(s: Selection, rows: number, cols: number): Selection | null {
  if (rows <= 0 || cols <= 0) return null;
  const fit = (p: CellPos) => ({ row: clamp(p.row, rows - 1), col: clamp(p.col, cols - 1) });
  return { anchor: fit(s.anchor), focus: fit(s.focus) };
}

/** Every position of the block, row by row. */
export function positions(s: Selection): CellPos[] {
  const r = toRect(s);
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

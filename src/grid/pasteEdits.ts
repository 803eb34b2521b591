// Turning many typed or pasted cells into ONE edit (one undo step): each cell is read and checked
// against the plan as it will be when the cells before it are written, so the batch is exactly what
// the edit path will accept. Cells that would be invalid are listed with their reason and left out.
import { applyEdit, type Edit } from "../domain/edits";
import type { Plan } from "../domain/schema";
import type { Lang } from "../i18n/numbers";
import { type CellProblem, writeCell } from "./cellInput";

export interface CellTarget {
  indicatorId: string;
  colId: string;
  text: string;
}

export interface CellRefusal extends CellTarget {
  /** The indicator's code as the plan writes it, for the message. */
  code: string;
  problem: CellProblem;
}

export interface BatchBuild {
  /** A batch of the accepted cells; null when none changes anything. */
  edit: Edit | null;
  /** Cells that the batch changes. */
  written: number;
  /** Valid cells: those written and those that already held the value. */
  accepted: number;
  refused: CellRefusal[];
}

export function buildCellsEdit(
  plan: Plan,
  area: string,
  targets: readonly CellTarget[],
  lang: Lang,
): BatchBuild {
  let current = plan;
  const edits: Edit[] = [];
  const refused: CellRefusal[] = [];
  let accepted = 0;
  for (const target of targets) {
    const ind = current.indicators.find((x) => x.id === target.indicatorId);
    if (!ind) {
      refused.push({ ...target, code: "", problem: { key: "problem.unknownIndicator" } });
      continue;
    }
    const w = writeCell(current, ind, area, target.colId, target.text, lang);
    if (!w.ok) {
      refused.push({ ...target, code: ind.code, problem: w.problem });
      continue;
    }
    if (!w.edit) {
      accepted += 1;
      continue;
    }
    const r = applyEdit(current, w.edit);
    if (!r.ok) {
      refused.push({ ...target, code: ind.code, problem: { key: `problem.${r.error.problem}` } });
      continue;
    }
    current = r.plan;
    edits.push(w.edit);
    accepted += 1;
  }
  return {
    edit: edits.length > 0 ? { type: "batch", edits } : null,
    written: edits.length,
    accepted,
    refused,
  };
}

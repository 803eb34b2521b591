// Collecting the communes' parts in one go: every returned file that is one sub-area's part of the
// local plan (subAreaExport.ts) gives that sub-area's figures — values and notes, nothing else —
// and all of them become ONE edit (one undo). The result also says who has returned and who has
// not, and why a file was not taken (another plan, not a part, the same commune twice).
import type { Edit } from "../edits";
import type { Plan } from "../schema";
import { sameData } from "./sameValue";
import { isSubAreaPart } from "./subAreaExport";

export type PartRefusal = "differentPlan" | "notAPart" | "sameAreaTwice";

export interface ReturnedPart {
  file: string;
  areaId: string;
  /** Series (indicator × this sub-area) whose figures changed. */
  changed: number;
}

export interface CollectResult {
  /** The batch taking every part's figures; empty when nothing changed. */
  edit: Edit;
  returned: ReturnedPart[];
  refused: { file: string; reason: PartRefusal }[];
  /** Sub-areas of the plan with no part among the files, in the plan's order. */
  missing: string[];
}

export function collectParts(local: Plan, files: readonly { name: string; plan: Plan }[]): CollectResult {
  const edits: Edit[] = [];
  const returned: ReturnedPart[] = [];
  const refused: CollectResult["refused"] = [];
  const seen = new Set<string>();
  for (const f of files) {
    if (f.plan.id !== local.id) {
      refused.push({ file: f.name, reason: "differentPlan" });
      continue;
    }
    const areaId = isSubAreaPart(local, f.plan);
    if (areaId === null) {
      refused.push({ file: f.name, reason: "notAPart" });
      continue;
    }
    if (seen.has(areaId)) {
      refused.push({ file: f.name, reason: "sameAreaTwice" });
      continue;
    }
    seen.add(areaId);
    const theirs = new Map(f.plan.indicators.map((i) => [i.id, i]));
    let changed = 0;
    for (const ind of local.indicators) {
      const returnedSeries = theirs.get(ind.id)?.series[areaId];
      if (!returnedSeries) continue;
      if (sameData(ind.series[areaId], returnedSeries)) continue;
      edits.push({ type: "setSeries", indicatorId: ind.id, area: areaId, series: returnedSeries });
      changed += 1;
    }
    returned.push({ file: f.name, areaId, changed });
  }
  const missing = local.subAreas.filter((a) => !seen.has(a.id)).map((a) => a.id);
  return { edit: { type: "batch", edits }, returned, refused, missing };
}

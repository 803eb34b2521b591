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
  const c = new Collecting(local);
  for (const f of files) c.take(f);
  return c.result();
}

/**
 * The same as collectParts, awaiting `between()` after each file: the page can draw and answer
 * between them (170 parts compared with the plan in one go held the main thread for seconds).
 */
export async function collectPartsInSteps(
  local: Plan,
  files: readonly { name: string; plan: Plan }[],
  between: () => Promise<void>,
): Promise<CollectResult> {
  const c = new Collecting(local);
  for (const f of files) {
    c.take(f);
    await between();
  }
  return c.result();
}

class Collecting {
  private readonly edits: Edit[] = [];
  private readonly returned: ReturnedPart[] = [];
  private readonly refused: CollectResult["refused"] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly local: Plan) {}

  take(f: { name: string; plan: Plan }): void {
    const { local, seen } = this;
    if (f.plan.id !== local.id) {
      this.refused.push({ file: f.name, reason: "differentPlan" });
      return;
    }
    const areaId = isSubAreaPart(local, f.plan);
    if (areaId === null) {
      this.refused.push({ file: f.name, reason: "notAPart" });
      return;
    }
    if (seen.has(areaId)) {
      this.refused.push({ file: f.name, reason: "sameAreaTwice" });
      return;
    }
    seen.add(areaId);
    const theirs = new Map(f.plan.indicators.map((i) => [i.id, i]));
    let changed = 0;
    for (const ind of local.indicators) {
      const returnedSeries = theirs.get(ind.id)?.series[areaId];
      if (!returnedSeries) continue;
      if (sameData(ind.series[areaId], returnedSeries)) continue;
      this.edits.push({ type: "setSeries", indicatorId: ind.id, area: areaId, series: returnedSeries });
      changed += 1;
    }
    this.returned.push({ file: f.name, areaId, changed });
  }

  result(): CollectResult {
    const missing = this.local.subAreas.filter((a) => !this.seen.has(a.id)).map((a) => a.id);
    return {
      edit: { type: "batch", edits: this.edits },
      returned: this.returned,
      refused: this.refused,
      missing,
    };
  }
}

// A whole plan written at once (a file imported over the plan, a snapshot restored) whose write is
// still waiting (a full disk) is shown laid over the plan as stored now the way its write will land:
// only what it changed, record by record, with lists merged by id. Laid as the whole plan, it would
// hide what another tab changed meanwhile in records it leaves alone — a sub-area renamed there
// showed under its old name until the write landed (storage soak, issue 15, finding 14).
import type { Plan } from "../domain/schema";
import { detailsContent, inPlanAreas } from "./planRecords";
import { LIST_FIELDS, mergedList } from "./listFields";
import { stableJson } from "./stableJson";

export function layReplaced(now: Plan, before: Plan, file: Plan): Plan {
  const out: Record<string, unknown> = { ...now };
  const was = before as unknown as Record<string, unknown>;
  const next = file as unknown as Record<string, unknown>;
  const stored = now as unknown as Record<string, unknown>;
  for (const k of Object.keys(detailsContent(file))) {
    if (stableJson(was[k]) === stableJson(next[k])) continue;
    out[k] = LIST_FIELDS.has(k) ? mergedList(stored[k], was[k], next[k]) : next[k];
  }
  // Tasks and indicators as records: the file's changes merged by id into what is stored now.
  out.tasks = mergedList(now.tasks, before.tasks, file.tasks);
  const indicators = mergedList(now.indicators, before.indicators, file.indicators) as Plan["indicators"];
  // Figures in a sub-area another tab removed meanwhile have no place, as on a read.
  out.indicators = inPlanAreas(indicators, out.subAreas as Plan["subAreas"]);
  return out as unknown as Plan;
}

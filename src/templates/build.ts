// Small builders that keep the template files readable: one line of the source, one indicator.
import type { Indicator, Plan, Series, Target, Task } from "../domain/schema";
import { WHOLE_AREA } from "../domain/schema";

export const exact = (value: number): Target => ({ bound: "exact", value });
export const atLeast = (value: number): Target => ({ bound: "atLeast", value });
export const moreThan = (value: number): Target => ({ bound: "moreThan", value });
export const about = (value: number): Target => ({ bound: "about", value });
export const range = (min: number, max: number): Target => ({ bound: "range", min, max });

export interface IndicatorSpec {
  code: string;
  group: string;
  name: string;
  unit: Indicator["unit"];
  kind: Indicator["kind"];
  direction?: Indicator["direction"];
  total?: Target;
  plan?: Record<string, Target>;
  agency?: string;
  source: string;
  note?: string;
}

export function series(spec: Pick<IndicatorSpec, "total" | "plan">): Series {
  return { baseline: null, total: spec.total ?? null, plan: spec.plan ?? {}, actual: {}, notes: {} };
}

export function indicator(prefix: string, spec: IndicatorSpec): Indicator {
  return {
    id: `${prefix}-${spec.code}`,
    code: spec.code,
    group: spec.group,
    name: spec.name,
    unit: spec.unit,
    kind: spec.kind,
    direction: spec.direction ?? "higher",
    baselineYear: null,
    agency: spec.agency ?? "",
    source: spec.source,
    note: spec.note ?? "",
    series: { [WHOLE_AREA]: series(spec) },
  };
}

export function task(
  prefix: string,
  code: string,
  spec: Omit<Task, "id" | "code" | "status" | "note"> & { note?: string },
): Task {
  return { id: `${prefix}-t${code}`, code, status: "notStarted", note: spec.note ?? "", ...spec };
}

export function everyYear(from: number, to: number, t: Target): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (let y = from; y <= to; y++) out[String(y)] = t;
  return out;
}

export type TemplateBase = Omit<Plan, "indicators" | "tasks">;

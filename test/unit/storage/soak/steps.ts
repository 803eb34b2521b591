// What a planner (and the machine under them) does, as plain data: each step names the tab it
// happens in and picks its target by position in what that tab shows, so any sequence of steps
// fits any plan. `editFor` turns an editing step into the app's own Edit, built the way the grid,
// the forms and the merge screen build theirs.
import fc from "fast-check";
import { areasOf } from "../../../../src/domain/planAreas";
import type { CellValue } from "../../../../src/domain/cells";
import type { Edit } from "../../../../src/domain/edits";
import type { Plan, SingleBound } from "../../../../src/domain/schema";
import { mergePlan } from "../../../../src/domain/sharing/mergePlan";
import { planDiff } from "../../../../src/domain/sharing/planDiff";

type OnTab<T> = T & { tab: number };
export type EditStep = OnTab<
  | { op: "set"; ind: number; area: number; key: number; v: number; bound: number }
  | { op: "clear"; ind: number; area: number; key: number }
  | { op: "final"; ind: number; area: number }
  | { op: "note"; ind: number; area: number; key: number; text: string | null }
  | { op: "paste"; ind: number; area: number; rows: number; values: number[] }
  | { op: "addIndicator"; at: number; n: number }
  | { op: "removeIndicator"; ind: number }
  | { op: "moveIndicator"; ind: number; to: number }
  | { op: "renameIndicator"; ind: number; name: string }
  | { op: "addSubArea"; at: number; n: number }
  | { op: "removeSubArea"; idx: number }
  | { op: "renameSubArea"; idx: number; name: string }
  | { op: "details"; notes: string }
  | { op: "addTask"; at: number; n: number }
  | { op: "taskStatus"; idx: number; status: number }
  | { op: "moveTask"; idx: number; to: number }
  | { op: "removeTask"; idx: number }
  | { op: "merge"; seed: number }
  | { op: "replace"; seed: number }
>;
export type Step =
  | EditStep
  | OnTab<{ op: "undo" | "redo" | "diskFull" | "diskFreed" }>
  /** The tab goes away right after an optional edit (its write still in flight) and is reopened. */
  | OnTab<{ op: "close" | "crash"; edit: EditStep | null }>;

const BOUNDS: SingleBound[] = ["exact", "atLeast", "about", "moreThan"];
const TEXTS = ["Số liệu ước tính", "Theo báo cáo của UBND xã", "Tăng do sáp nhập", "Ghi chú \u0301e", ""];

const at = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[((i % list.length) + list.length) % list.length];

function keysOf(p: Plan): string[] {
  const keys = ["baseline", "total"];
  for (let y = p.startYear; y <= p.endYear; y++) {
    keys.push(`plan:${y}`);
    if (p.reporting === "halfYearly") keys.push(`actual:${y}-H1`, `actual:${y}-H2`);
    else keys.push(`actual:${y}`);
  }
  return keys;
}

function valueFor(key: string, v: number, bound: number): CellValue {
  if (key === "baseline") return v;
  if (key.startsWith("actual:")) return { value: v, status: "estimate" };
  return { bound: at(BOUNDS, bound)!, value: v };
}

/** The edit a step makes in a tab showing `p`; null when there is nothing to do it to. */
export function editFor(step: EditStep, p: Plan): Edit | null {
  const ind = "ind" in step ? at(p.indicators, step.ind) : undefined;
  const area = "area" in step ? at(areasOf(p), step.area)! : "all";
  switch (step.op) {
    case "set": {
      const key = at(keysOf(p), step.key)!;
      if (!ind) return null;
      return { type: "setCell", indicatorId: ind.id, area, key, value: valueFor(key, step.v, step.bound) };
    }
    case "clear":
      return ind
        ? { type: "setCell", indicatorId: ind.id, area, key: at(keysOf(p), step.key)!, value: null }
        : null;
    case "final": {
      const entry = Object.entries(ind?.series[area]?.actual ?? {}).find(([, a]) => a.status === "estimate");
      if (!ind || !entry) return null;
      const [period, a] = entry;
      return {
        type: "setCell",
        indicatorId: ind.id,
        area,
        key: `actual:${period}`,
        value: { ...a, status: "final" },
      };
    }
    case "note":
      return ind
        ? { type: "setNote", indicatorId: ind.id, area, key: at(keysOf(p), step.key)!, note: step.text }
        : null;
    case "paste": {
      // A block copied from a spreadsheet: rows of indicators, one column per year of the plan.
      const start = p.indicators.indexOf(ind!);
      if (!ind) return null;
      const edits: Edit[] = [];
      for (let r = 0; r < step.rows; r++) {
        const row = p.indicators[start + r];
        if (!row) break;
        step.values.forEach((v, c) => {
          const year = p.startYear + c;
          if (year <= p.endYear)
            edits.push({
              type: "setCell",
              indicatorId: row.id,
              area,
              key: `plan:${year}`,
              value: { bound: "exact", value: v + r },
            });
        });
      }
      return { type: "batch", edits };
    }
    case "addIndicator": {
      const model = at(p.indicators, step.n);
      const series = Object.fromEntries(
        areasOf(p)
          .slice(0, 1)
          .map((a) => [a, { baseline: step.n, total: null, plan: {}, actual: {}, notes: {} }]),
      );
      return {
        type: "addIndicator",
        index: step.at,
        indicator: {
          id: `soak-${step.tab}-${step.n}`,
          code: `9.${step.n}`,
          group: model?.group ?? "Khác",
          name: `Chỉ tiêu thêm ${step.n}`,
          unit: "htx",
          kind: "amount",
          direction: "higher",
          baselineYear: null,
          agency: "",
          source: "",
          note: "",
          series,
        },
      };
    }
    case "removeIndicator":
      return ind ? { type: "removeIndicator", indicatorId: ind.id } : null;
    case "moveIndicator":
      return ind ? { type: "moveIndicator", indicatorId: ind.id, toIndex: step.to } : null;
    case "renameIndicator":
      return ind ? { type: "updateIndicator", indicatorId: ind.id, patch: { name: step.name } } : null;
    case "addSubArea":
      return {
        type: "addSubArea",
        // Inside the list shown, as the app asks (at its end, the list's length).
        index: Math.min(step.at, p.subAreas.length),
        subArea: {
          id: `xa-soak-${step.tab}-${step.n}`,
          code: `2754${step.n}`,
          name: `Xã mới ${step.n}`,
          groupId: null,
        },
      };
    case "removeSubArea": {
      const a = at(p.subAreas, step.idx);
      return a ? { type: "removeSubArea", subAreaId: a.id } : null;
    }
    case "renameSubArea": {
      const a = at(p.subAreas, step.idx);
      return a ? { type: "renameSubArea", subAreaId: a.id, name: step.name } : null;
    }
    case "details":
      return { type: "setDetails", patch: { notes: step.notes } };
    case "addTask":
      return {
        type: "addTask",
        index: step.at,
        task: {
          id: `task-${step.tab}-${step.n}`,
          code: `${step.n}`,
          title: `Nhiệm vụ ${step.n}`,
          agency: "",
          deadline: null,
          status: "notStarted",
          note: "",
          source: "",
        },
      };
    case "taskStatus": {
      const t = at(p.tasks, step.idx);
      return t
        ? {
            type: "updateTask",
            taskId: t.id,
            patch: { status: at(["notStarted", "inProgress", "done"] as const, step.status)! },
          }
        : null;
    }
    case "moveTask": {
      const t = at(p.tasks, step.idx);
      return t ? { type: "moveTask", taskId: t.id, toIndex: step.to } : null;
    }
    case "removeTask": {
      const t = at(p.tasks, step.idx);
      return t ? { type: "removeTask", taskId: t.id } : null;
    }
    case "merge":
      return mergeEdit(p, step.seed);
    case "replace":
      return replaceEdit(p, step.seed);
  }
}

/**
 * A file imported over the plan ("Thay thế"), or a snapshot restored: the whole plan written at
 * once, as the library does it — values, names, order and tasks may all differ.
 */
function replaceEdit(p: Plan, seed: number): Edit {
  const file: Plan = structuredClone(p);
  file.notes = `Thay bằng tệp ${seed}`;
  for (const [i, ind] of file.indicators.entries()) {
    const s = ind.series[at(areasOf(file), seed + i)!];
    if (s && (seed + i) % 3 === 0) s.baseline = (seed + i) % 70;
    if (s && (seed + i) % 4 === 1) s.actual = {};
  }
  if (seed % 2 === 0) file.indicators.reverse();
  if (seed % 5 === 0) file.tasks = file.tasks.slice(1);
  return { type: "replacePlan", plan: file };
}

/** A file that came back from a colleague: some values, a name and the notes changed; all taken. */
function mergeEdit(p: Plan, seed: number): Edit | null {
  const file: Plan = structuredClone(p);
  file.notes = `Bản từ huyện ${seed}`;
  const ind = at(file.indicators, seed);
  if (ind) {
    ind.name = `${ind.name} (huyện ${seed % 3})`;
    const s = ind.series[at(areasOf(file), seed >> 2)!];
    if (s)
      s.plan[String(file.startYear + (seed % (file.endYear - file.startYear + 1)))] = {
        bound: "exact",
        value: seed % 50,
      };
  }
  const other = at(file.indicators, seed + 1);
  const s = other?.series[at(areasOf(file), seed)!];
  if (s) s.baseline = seed % 90;
  const r = mergePlan(p, file, planDiff(p, file), { all: "file" });
  return r.ok ? r.edit : null;
}

const tab = fc.integer({ min: 0, max: 1 });
const small = fc.nat({ max: 40 });
const name = fc.constantFrom("Số HTX mới", "Tổng số thành viên", "Doanh thu", "Xã Long Hòa", "Phường 1", " ");

export const editStep: fc.Arbitrary<EditStep> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      tab,
      ind: small,
      area: small,
      key: small,
      v: fc.integer({ min: -2, max: 120 }),
      bound: small,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant("clear" as const), tab, ind: small, area: small, key: small }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("final" as const), tab, ind: small, area: small }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("note" as const),
      tab,
      ind: small,
      area: small,
      key: small,
      text: fc.option(fc.constantFrom(...TEXTS)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("paste" as const),
      tab,
      ind: small,
      area: small,
      rows: fc.integer({ min: 1, max: 3 }),
      values: fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("addIndicator" as const), tab, at: small, n: fc.nat({ max: 6 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("removeIndicator" as const), tab, ind: small }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("moveIndicator" as const), tab, ind: small, to: small }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("renameIndicator" as const), tab, ind: small, name }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("addSubArea" as const), tab, at: small, n: fc.nat({ max: 4 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("removeSubArea" as const), tab, idx: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("renameSubArea" as const), tab, idx: small, name }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("details" as const), tab, notes: fc.constantFrom(...TEXTS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("addTask" as const), tab, at: small, n: fc.nat({ max: 5 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("taskStatus" as const), tab, idx: small, status: small }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("moveTask" as const), tab, idx: small, to: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("removeTask" as const), tab, idx: small }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("merge" as const), tab, seed: fc.nat({ max: 1000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("replace" as const), tab, seed: fc.nat({ max: 1000 }) }),
  },
);

export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: editStep },
  { weight: 4, arbitrary: fc.record({ op: fc.constantFrom("undo" as const, "redo" as const), tab }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constantFrom("diskFull" as const, "diskFreed" as const), tab }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constantFrom("close" as const, "crash" as const),
      tab,
      edit: fc.option(editStep),
    }),
  },
);

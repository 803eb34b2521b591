import { describe, expect, it } from "vitest";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { assignOrders } from "../../../src/storage/order";
import { planToRecords, recordsToPlan } from "../../../src/storage/planRecords";
import { diffInScope, scopeOf } from "../../../src/storage/editChanges";
import { TEMPLATES } from "../../../src/templates";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

function apply(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(r.error.problem);
  return r.plan;
}

/** A plan with a note, an empty series, a task and the illustrative figures: every kind of record. */
const rich = apply(demoTraVinh, {
  type: "batch",
  edits: [
    {
      type: "setNote",
      indicatorId: demoTraVinh.indicators[0]!.id,
      area: "tra-cu",
      key: "actual:2022",
      note: "Số ước",
    },
    { type: "setSeries", indicatorId: demoTraVinh.indicators[1]!.id, area: "con-lai", series: null },
    {
      type: "addTask",
      index: 0,
      task: {
        id: "t1",
        code: "1",
        title: "Rà soát HTX yếu kém",
        agency: "Sở Tài chính",
        deadline: "2025-12-31",
        status: "inProgress",
        note: "",
        source: "",
      },
    },
  ],
});

describe("plan ↔ records", () => {
  it.each([...TEMPLATES, rich].map((p) => [p.title, p] as const))("round-trips %s", (_t, plan) => {
    const back = recordsToPlan(planToRecords(plan)).plan;
    expect(back).toEqual(plan);
    expect(planToRecords(back)).toEqual(planToRecords(plan));
  });

  it("keeps one record per indicator and area that holds values or notes, none for an empty series", () => {
    const r = planToRecords(rich);
    const filled = rich.indicators.flatMap((ind) =>
      Object.values(ind.series).filter(
        (s) =>
          s.baseline !== null ||
          s.total !== null ||
          [s.plan, s.actual, s.notes].some((o) => Object.keys(o).length > 0),
      ),
    );
    expect(r.series).toHaveLength(filled.length);
    expect(r.indicators).toHaveLength(rich.indicators.length);
    expect(r.indicators[0]).not.toHaveProperty("series");
    const empty = rich.indicators[1]!;
    expect(r.series.some((s) => s.indicatorId === empty.id && s.area === "con-lai")).toBe(false);
  });

  it("ignores the values of an indicator or area that no longer exists, and fields it does not know", () => {
    const r = planToRecords(rich);
    const ind = rich.indicators[0]!;
    const stray = { planId: rich.id, updatedAt: "2030-01-01T00:00:00.000Z" };
    const one = { baseline: 5, total: null, plan: {}, actual: {}, notes: {} };
    r.series.push({ ...stray, indicatorId: "gone", area: "tra-cu", series: one });
    r.series.push({ ...stray, indicatorId: ind.id, area: "nowhere", series: one });
    r.series = r.series.map((s) =>
      s.indicatorId === ind.id && s.area === "tra-cu"
        ? { ...s, series: { ...s.series, later: "a field of a later version" } as typeof s.series }
        : s,
    );
    const back = recordsToPlan(r).plan;
    expect(back.indicators[0]!.series["tra-cu"]).toEqual(ind.series["tra-cu"]);
    expect(back.indicators[0]!.series).not.toHaveProperty("nowhere");
    // The latest record's time is the plan's last change.
    expect(back.updatedAt).toBe("2030-01-01T00:00:00.000Z");
  });

  it("leaves out a series written into a sub-area the plan no longer has, even when its indicator lists it", () => {
    // A tab that had not yet seen another tab remove "con-lai" wrote a value there (storage soak).
    const r = planToRecords(rich);
    r.plan = { ...r.plan, subAreas: r.plan.subAreas.filter((a) => a.id !== "con-lai") };
    const back = recordsToPlan(r).plan;
    for (const ind of back.indicators) expect(Object.keys(ind.series)).not.toContain("con-lai");
    expect(back.indicators[0]!.series["tra-cu"]).toEqual(rich.indicators[0]!.series["tra-cu"]);
  });
});

describe("records an edit changes", () => {
  const ind = demoTraVinh.indicators[0]!;
  it("a cell edit changes one cell record", () => {
    const edit: Edit = { type: "setCell", indicatorId: ind.id, area: "tra-cu", key: "baseline", value: 12 };
    const changes = diffInScope(demoTraVinh, apply(demoTraVinh, edit), scopeOf(edit));
    expect(changes).toEqual([
      {
        ref: { table: "cells", indicatorId: ind.id, area: "tra-cu", key: "baseline" },
        op: "put",
        content: { value: 12 },
      },
    ]);
  });

  it("clearing a value leaves a tombstone; removing an area deletes its values", () => {
    const clear: Edit = {
      type: "setCell",
      indicatorId: ind.id,
      area: "tra-cu",
      key: "actual:2021",
      value: null,
    };
    expect(diffInScope(demoTraVinh, apply(demoTraVinh, clear), scopeOf(clear)).map((c) => c.op)).toEqual([
      "clear",
    ]);
    const remove: Edit = { type: "removeSubArea", subAreaId: "tra-cu" };
    const ops = diffInScope(demoTraVinh, apply(demoTraVinh, remove), scopeOf(remove));
    expect(ops[0]).toMatchObject({ ref: { table: "plans" }, op: "patch" });
    expect(ops.filter((c) => c.op === "delete").length).toBeGreaterThan(0);
    expect(ops.some((c) => c.op === "put")).toBe(false);
  });

  it("a details edit patches only the fields it changed", () => {
    const edit: Edit = { type: "setDetails", patch: { notes: "Ghi chú mới", title: demoTraVinh.title } };
    expect(diffInScope(demoTraVinh, apply(demoTraVinh, edit), scopeOf(edit))).toEqual([
      { ref: { table: "plans" }, op: "patch", fields: { notes: "Ghi chú mới" } },
    ]);
  });
});

describe("positions", () => {
  const orders = (entries: [string, number][]) => new Map(entries);
  it("a move rewrites only the moved item", () => {
    const current = orders([
      ["a", 0],
      ["b", 1],
      ["c", 2],
      ["d", 3],
    ]);
    const moved = assignOrders(["a", "c", "d", "b"], current);
    expect([...moved.keys()]).toEqual(["b"]);
    expect(moved.get("b")).toBeGreaterThan(3);
    const front = assignOrders(["d", "a", "b", "c"], current);
    expect([...front.keys()]).toEqual(["d"]);
    expect(front.get("d")).toBeLessThan(0);
  });
  it("an insertion gets a position between its neighbours", () => {
    const v = assignOrders(
      ["a", "x", "b"],
      orders([
        ["a", 0],
        ["b", 1],
      ]),
    ).get("x")!;
    expect(v).toBeGreaterThan(0);
    expect(v).toBeLessThan(1);
  });
  it("renumbers when the gaps run out", () => {
    let current = orders([
      ["a", 0],
      ["b", 1],
    ]);
    const ids = ["a", "b"];
    for (let i = 0; i < 80; i++) {
      const id = `n${i}`;
      ids.splice(1, 0, id);
      for (const [k, v] of assignOrders(ids, current)) current.set(k, v);
      current = new Map(current);
    }
    const values = ids.map((id) => current.get(id)!);
    expect(values.every((v, i) => i === 0 || v > values[i - 1]!)).toBe(true);
  });
});

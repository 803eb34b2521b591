import { describe, expect, it } from "vitest";
import { buildRows, type IndicatorRow } from "../../../src/grid/rows";
import { translator } from "../../../src/i18n/translator";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { apply } from "./helpers";

const vi = { lang: "vi" as const, t: translator("vi"), writable: true };
const en = { lang: "en" as const, t: translator("en"), writable: true };

function row(rows: ReturnType<typeof buildRows>, id: string): IndicatorRow {
  const r = rows.find((x) => x.type === "indicator" && x.indicatorId === id);
  if (!r || r.type !== "indicator") throw new Error(`no row ${id}`);
  return r;
}

describe("grid rows", () => {
  it("puts a heading row before each group and one row per indicator", () => {
    const rows = buildRows(bacLieu2021, { ...vi, area: "all" });
    expect(rows.filter((r) => r.type === "indicator")).toHaveLength(8);
    expect(rows[0]).toMatchObject({ type: "group" });
    const ids = rows.map((r) => r.rowId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows typed targets as written and a split total as derived", () => {
    const rows = buildRows(bacLieu2021, { ...vi, area: "all" });
    const people = row(rows, "bl21-4");
    expect(people.cells.total).toMatchObject({ text: "1.360", source: "typed", editable: true });
    // 1.360 over five years: 272 each, derived (shown grey italic) and editable (typing writes it).
    expect(people.cells["plan:2021"]).toMatchObject({ text: "272", source: "derived", editable: true });
    const tech = row(rows, "bl21-8");
    expect(tech.cells.total?.text).toBe("> 15");
    expect(tech.cells.kind?.text).toBe("Mức thời điểm · trên");
    expect(row(buildRows(bacLieu2021, { ...en, area: "all" }), "bl21-4").cells.total?.text).toBe("1,360");
  });

  it("shows a sub-area's own figures, estimates marked, and nothing editable when read-only", () => {
    const rows = buildRows(demoTraVinh, { ...vi, area: "tra-cu" });
    const tht = row(rows, "demo-1");
    expect(tht.cells["plan:2021"]).toMatchObject({ text: "20", source: "typed" });
    expect(tht.cells["actual:2024"]).toMatchObject({ text: "21", estimate: false, editable: true });
    expect(tht.cells["actual:2025"]).toMatchObject({ text: "20", estimate: true });
    expect(tht.cells.total?.text).toBe("≥ 100");
    expect(tht.cells.achievement?.text).toBe("100%");
    const locked = buildRows(demoTraVinh, { ...vi, area: "tra-cu", writable: false });
    for (const r of locked)
      if (r.type === "indicator") for (const c of Object.values(r.cells)) expect(c.editable).toBe(false);
  });

  it("recomputes the whole plan from the sub-areas, read-only", () => {
    const rows = buildRows(demoTraVinh, { ...vi, area: "all" });
    const tht = row(rows, "demo-1");
    // 18 + 12 + 10 new THT in 2021 over the three sub-areas.
    expect(tht.cells["actual:2021"]).toMatchObject({ text: "40", source: "rollup", editable: false });
    expect(tht.cells["plan:2021"]?.text).toBe("50");
    const share = row(rows, "demo-5");
    // Σ numerators ÷ Σ denominators: (11 + 9 + 30) / (15 + 13 + 52).
    expect(share.cells["actual:2021"]?.text).toBe("62,5");
    for (const c of Object.values(tht.cells)) expect(c.editable).toBe(false);
  });

  it("derives the year of a half-yearly plan from its halves, read-only", () => {
    let plan = apply(benTre2021, {
      type: "setCell",
      indicatorId: "bt21-2",
      area: "all",
      key: "actual:2021-H1",
      value: { value: 6, status: "final" },
    });
    let r = row(buildRows(plan, { ...vi, area: "all" }), "bt21-2");
    expect(r.cells["actual:2021-H1"]).toMatchObject({ text: "6", source: "typed" });
    expect(r.cells["actual:2021"]).toMatchObject({ text: "", editable: false });
    plan = apply(plan, {
      type: "setCell",
      indicatorId: "bt21-2",
      area: "all",
      key: "actual:2021-H2",
      value: { value: 5, status: "estimate" },
    });
    r = row(buildRows(plan, { ...vi, area: "all" }), "bt21-2");
    expect(r.cells["actual:2021"]).toMatchObject({
      text: "11",
      source: "derived",
      estimate: true,
      editable: false,
    });
  });

  it("shows growth rates in the plan columns and money in the plan's scale", () => {
    const plan = apply(benTre2021, {
      type: "setCell",
      indicatorId: "bt21-7",
      area: "all",
      key: "baseline",
      value: 1_234_500_000,
    });
    const r = row(buildRows(plan, { ...vi, area: "all" }), "bt21-7");
    expect(r.cells.baseline?.text).toBe("1.234,5");
    expect(r.cells.unit?.text).toBe("triệu đồng (%/năm)");
    expect(r.cells["plan:2021"]).toMatchObject({ text: "5", source: "derived" });
    expect(r.cells.total).toMatchObject({ text: "5", source: "typed" });
  });

  it("carries notes on values", () => {
    const plan = apply(bacLieu2021, {
      type: "setNote",
      indicatorId: "bl21-1",
      area: "all",
      key: "plan:2022",
      note: "Theo Nghị quyết tỉnh",
    });
    expect(row(buildRows(plan, { ...vi, area: "all" }), "bl21-1").cells["plan:2022"]?.note).toBe(
      "Theo Nghị quyết tỉnh",
    );
  });
});

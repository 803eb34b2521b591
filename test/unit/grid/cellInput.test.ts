import { describe, expect, it } from "vitest";
import { readStatusMark, writeCell } from "../../../src/grid/cellInput";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { apply, indicatorOf } from "./helpers";

const people = indicatorOf(bacLieu2021, "bl21-4"); // people, amount
const htx = indicatorOf(bacLieu2021, "bl21-1"); // HTX, amount
const share = indicatorOf(bacLieu2021, "bl21-6"); // %, share

function valueOf(w: ReturnType<typeof writeCell>) {
  if (!w.ok) throw new Error(w.problem.key);
  if (!w.edit || w.edit.type !== "setCell") throw new Error("no setCell");
  return w.edit.value;
}

function problemOf(w: ReturnType<typeof writeCell>) {
  if (w.ok) throw new Error("accepted");
  return w.problem.key;
}

describe("reading a cell in the interface's language", () => {
  it.each([
    ["vi", "1.360", 1360],
    ["en", "1,360", 1360],
    ["vi", "1 360", 1360],
  ] as const)("%s reads %s", (lang, text, value) => {
    expect(valueOf(writeCell(bacLieu2021, people, "all", "baseline", text, lang))).toBe(value);
  });

  it("reads 5,5 (vi) and 5.5 (en) as five and a half percent", () => {
    expect(valueOf(writeCell(bacLieu2021, share, "all", "baseline", "5,5", "vi"))).toBe(5.5);
    expect(valueOf(writeCell(bacLieu2021, share, "all", "baseline", "5.5%", "en"))).toBe(5.5);
  });

  it("reports a number written the other language's way instead of guessing", () => {
    expect(problemOf(writeCell(bacLieu2021, share, "all", "baseline", "5.5", "vi"))).toBe("read.otherLocale");
    expect(problemOf(writeCell(bacLieu2021, people, "all", "baseline", "1.360,5", "en"))).toBe(
      "read.otherLocale",
    );
  });

  it.each([
    ["text", htx, "actual:2021", "nhiều", "read.notANumber"],
    ["a negative count", htx, "actual:2021", "-3", "problem.negative"],
    ["a fraction of an HTX", htx, "plan:2022", "2,5", "problem.notWhole"],
    ["a share over 100%", share, "actual:2021", "120", "problem.shareOver100"],
    ["a range whose minimum exceeds its maximum", htx, "total", "20–15", "problem.rangeMinOverMax"],
  ] as const)("refuses %s", (_label, ind, key, text, problem) => {
    expect(problemOf(writeCell(bacLieu2021, ind, "all", key, text, "vi"))).toBe(problem);
  });

  it("reads targets as a planner writes them", () => {
    expect(valueOf(writeCell(bacLieu2021, htx, "all", "plan:2021", "≥ 20", "vi"))).toEqual({
      bound: "atLeast",
      value: 20,
    });
    expect(valueOf(writeCell(bacLieu2021, htx, "all", "total", "khoảng 50", "vi"))).toEqual({
      bound: "about",
      value: 50,
    });
    expect(valueOf(writeCell(bacLieu2021, share, "all", "total", "15–20", "vi"))).toEqual({
      bound: "range",
      min: 15,
      max: 20,
    });
  });

  it("marks actuals as estimate or final, and keeps a cell's status when retyped", () => {
    expect(valueOf(writeCell(bacLieu2021, htx, "all", "actual:2021", "12 (ước)", "vi"))).toEqual({
      value: 12,
      status: "estimate",
    });
    expect(valueOf(writeCell(bacLieu2021, htx, "all", "actual:2021", "12", "vi"))).toEqual({
      value: 12,
      status: "final",
    });
    const plan = apply(bacLieu2021, {
      type: "setCell",
      indicatorId: "bl21-1",
      area: "all",
      key: "actual:2021",
      value: { value: 12, status: "estimate" },
    });
    expect(valueOf(writeCell(plan, indicatorOf(plan, "bl21-1"), "all", "actual:2021", "14", "vi"))).toEqual({
      value: 14,
      status: "estimate",
    });
    expect(readStatusMark("14 (est.)")).toEqual({ rest: "14", status: "estimate" });
    expect(readStatusMark("14 chính thức")).toEqual({ rest: "14", status: "final" });
  });

  it("reads a share as numerator/denominator and keeps the parts", () => {
    expect(valueOf(writeCell(bacLieu2021, share, "all", "actual:2021", "3/4", "vi"))).toEqual({
      value: 75,
      status: "final",
      numerator: 3,
      denominator: 4,
    });
    expect(problemOf(writeCell(bacLieu2021, share, "all", "actual:2021", "5/4", "vi"))).toBe(
      "problem.shareOver100",
    );
  });

  it("reads money in the plan's scale and rates of growth as percentages", () => {
    const revenue = indicatorOf(benTre2021, "bt21-7"); // dong, growth; the plan counts in triệu
    expect(valueOf(writeCell(benTre2021, revenue, "all", "baseline", "1.234,5", "vi"))).toBe(1_234_500_000);
    expect(valueOf(writeCell(benTre2021, revenue, "all", "plan:2021", "7", "vi"))).toEqual({
      bound: "exact",
      value: 7,
    });
    expect(valueOf(writeCell(benTre2021, revenue, "all", "plan:2021", "-3", "vi"))).toEqual({
      bound: "exact",
      value: -3,
    });
  });

  it("clears a cell on empty text, and does nothing when the value is unchanged", () => {
    const w = writeCell(bacLieu2021, htx, "all", "total", "", "vi");
    expect(w).toMatchObject({ ok: true, edit: { type: "setCell", key: "total", value: null } });
    expect(writeCell(bacLieu2021, htx, "all", "total", "100", "vi")).toEqual({ ok: true, edit: null });
    expect(writeCell(bacLieu2021, htx, "all", "plan:2021", "", "vi")).toEqual({ ok: true, edit: null });
  });

  it("edits the name, code and agency, refusing an empty name", () => {
    expect(writeCell(bacLieu2021, htx, "all", "name", "  HTX thành lập mới ", "vi")).toEqual({
      ok: true,
      edit: { type: "updateIndicator", indicatorId: "bl21-1", patch: { name: "HTX thành lập mới" } },
    });
    expect(problemOf(writeCell(bacLieu2021, htx, "all", "name", "  ", "vi"))).toBe(
      "grid.problem.nameRequired",
    );
    expect(problemOf(writeCell(bacLieu2021, htx, "all", "code", "x".repeat(21), "vi"))).toBe(
      "grid.problem.tooLong",
    );
    expect(problemOf(writeCell(bacLieu2021, htx, "all", "status", "Đạt", "vi"))).toBe(
      "grid.problem.notEditable",
    );
  });

  it("refuses the whole plan of a plan with sub-areas and a year computed from its halves", () => {
    expect(
      problemOf(writeCell(demoTraVinh, indicatorOf(demoTraVinh, "demo-1"), "all", "plan:2021", "5", "vi")),
    ).toBe("grid.problem.readOnly");
    const plan = apply(benTre2021, {
      type: "setCell",
      indicatorId: "bt21-1",
      area: "all",
      key: "actual:2021-H1",
      value: { value: 20, status: "final" },
    });
    expect(problemOf(writeCell(plan, indicatorOf(plan, "bt21-1"), "all", "actual:2021", "40", "vi"))).toBe(
      "problem.yearDerivedFromHalves",
    );
  });
});

import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/domain/edits";
import { buildCellsEdit } from "../../../src/grid/pasteEdits";
import { parseBlock } from "../../../src/grid/pasteBlock";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { apply } from "./helpers";

const cols = ["plan:2021", "plan:2022", "actual:2021"];

function targets(text: string, ids: string[]) {
  return parseBlock(text).flatMap((line, r) =>
    line.map((t, c) => ({ indicatorId: ids[r] as string, colId: cols[c] as string, text: t })),
  );
}

describe("a paste as one edit", () => {
  it.each([
    ["vi", "20\t25\t1.360\r\n30\t35\t5,5\r\n"],
    ["en", "20\t25\t1,360\n30\t35\t5.5\n"],
  ] as const)("writes a %s block as one batch", (lang, text) => {
    const r = buildCellsEdit(bacLieu2021, "all", targets(text, ["bl21-4", "bl21-6"]), lang);
    expect(r.refused).toEqual([]);
    expect(r.written).toBe(6);
    expect(r.edit?.type).toBe("batch");
    const next = apply(bacLieu2021, r.edit!);
    const people = next.indicators.find((x) => x.id === "bl21-4")!.series.all!;
    expect(people.actual["2021"]).toEqual({ value: 1360, status: "final" });
    const share = next.indicators.find((x) => x.id === "bl21-6")!.series.all!;
    expect(share.actual["2021"]).toEqual({ value: 5.5, status: "final" });
  });

  it("lists invalid cells with their reason and writes the others", () => {
    const r = buildCellsEdit(bacLieu2021, "all", targets("20\t-4\tnhiều\n", ["bl21-1"]), "vi");
    expect(r.written).toBe(1);
    expect(r.refused.map((x) => [x.code, x.colId, x.text, x.problem.key])).toEqual([
      ["1", "plan:2022", "-4", "problem.negative"],
      ["1", "actual:2021", "nhiều", "read.notANumber"],
    ]);
    const after = applyEdit(bacLieu2021, r.edit!);
    expect(after.ok).toBe(true);
  });

  it("gives no edit when nothing is valid or nothing changes", () => {
    expect(buildCellsEdit(bacLieu2021, "all", targets("abc", ["bl21-1"]), "vi").edit).toBeNull();
    expect(buildCellsEdit(bacLieu2021, "all", targets("", ["bl21-1"]), "vi").edit).toBeNull();
  });

  it("checks each cell against the cells written before it in the same paste", () => {
    // H1 then the year in one paste: once H1 is in, the year is computed and refuses a value.
    const t = [
      { indicatorId: "bt21-1", colId: "actual:2021-H1", text: "20" },
      { indicatorId: "bt21-1", colId: "actual:2021", text: "45" },
    ];
    const r = buildCellsEdit(benTre2021, "all", t, "vi");
    expect(r.written).toBe(1);
    expect(r.refused[0]?.problem.key).toBe("problem.yearDerivedFromHalves");
  });
});

// The status table judges every cell as summarise() does (the dashboard's and the grid's status),
// for the sub-areas, their groups and the whole plan.
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../src/bench/generatePlan";
import { groupFigures, indicatorFigures } from "../../../src/domain/rollup";
import type { Plan } from "../../../src/domain/schema";
import { summarise } from "../../../src/domain/summary";
import { rollupRows, type StatusRow, statusRows } from "../../../src/plan/statusTable";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

function expectAsSummarised(row: StatusRow, plan: Plan, figures: Parameters<typeof summarise>[0][]) {
  let behind = 0;
  plan.indicators.forEach((ind, i) => {
    const s = summarise(figures[i] ?? null);
    if (s.status === "offTrack" || s.status === "atRisk") behind += 1;
    expect(row.cells.get(ind.id)).toEqual({
      status: s.status,
      ratio: s.achievement?.planShare ?? null,
      estimate: s.achievement?.estimate ?? false,
    });
  });
  expect(row.behind).toBe(behind);
}

const plans: [string, Plan][] = [
  [
    "generated, half-yearly, two groups, the last year estimated",
    generatePlan({
      indicators: 24,
      years: 5,
      subAreas: 7,
      reporting: "halfYearly",
      groups: 2,
      yearsWithActuals: 3,
      seed: 14,
    }),
  ],
  ["generated, yearly, no groups", generatePlan({ indicators: 16, years: 5, subAreas: 4, seed: 3 })],
  ["the demo programme", traVinh2021],
];

describe.each(plans)("status table of %s", (_, plan) => {
  it("gives every sub-area's cell the status and đạt % KH of summarise()", () => {
    const rows = statusRows(plan, plan.indicators);
    expect(rows.map((r) => r.area.id)).toEqual(plan.subAreas.map((a) => a.id));
    for (const row of rows)
      expectAsSummarised(
        row,
        plan,
        plan.indicators.map((ind) => indicatorFigures(plan, ind, row.area.id)),
      );
    // Something is judged, not only "no data".
    expect(rows.some((r) => [...r.cells.values()].some((c) => c.ratio !== null))).toBe(
      plan.subAreas.length > 0,
    );
  });

  it("gives the groups and the whole plan their roll-ups' status", () => {
    const rows = rollupRows(plan, plan.indicators, "Toàn kế hoạch");
    expect(rows).toHaveLength(plan.subAreaGroups.length + 1);
    plan.subAreaGroups.forEach((g, i) => {
      const ids = plan.subAreas.filter((a) => a.groupId === g.id).map((a) => a.id);
      expectAsSummarised(
        rows[i]!,
        plan,
        plan.indicators.map((ind) => groupFigures(plan, ind, ids)),
      );
    });
    expectAsSummarised(
      rows.at(-1)!,
      plan,
      plan.indicators.map((ind) => indicatorFigures(plan, ind)),
    );
  });
});

// The roll-up to date the status table reads (only the last period with an actual combined) is the
// achievement to date of the full roll-up, for every kind, group and gap in the reporting.
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../src/bench/generatePlan";
import { achievementToDate } from "../../../src/domain/achievement";
import type { SeriesFigures } from "../../../src/domain/figures";
import { combinedToDate, combineFigures, indicatorFigures } from "../../../src/domain/rollup";
import type { Plan } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

function withGaps(plan: Plan): Plan {
  // Some sub-areas report less: without their last actuals, and some shares without their parts.
  const indicators = plan.indicators.map((ind, k) => {
    const series = { ...ind.series };
    plan.subAreas.forEach((a, j) => {
      const s = series[a.id];
      // Every share planned alike in every sub-area (else the whole has no planned share), its
      // first sub-area a period behind the others (the whole has no actual then).
      const first = ind.series[plan.subAreas[0]!.id];
      if (s && first && ind.kind === "share") {
        const last = Object.keys(s.actual).sort().at(-1)!;
        const { [last]: _, ...earlier } = s.actual;
        const shared = { baseline: first.baseline, total: first.total, plan: first.plan };
        series[a.id] = { ...s, ...shared, actual: j === 0 ? earlier : s.actual };
        return;
      }
      if (!s || (j + k) % 3 !== 0) return;
      const keys = Object.keys(s.actual).sort();
      const actual = Object.fromEntries(
        keys.slice(0, Math.max(0, keys.length - 1 - (j % 3))).map((key) => {
          const v = s.actual[key]!;
          return [key, k % 8 === 5 ? { value: v.value, status: v.status } : v];
        }),
      );
      series[a.id] = { ...s, actual };
    });
    return { ...ind, series };
  });
  return { ...plan, indicators };
}

const plans: [string, Plan][] = [
  [
    "generated, half-yearly, three groups",
    generatePlan({ indicators: 30, years: 5, subAreas: 12, reporting: "halfYearly", groups: 3, seed: 7 }),
  ],
  ["generated, yearly", generatePlan({ indicators: 20, years: 5, subAreas: 5, seed: 11 })],
  [
    "generated with gaps",
    withGaps(
      generatePlan({ indicators: 30, years: 4, subAreas: 9, reporting: "halfYearly", groups: 2, seed: 5 }),
    ),
  ],
  ["the demo with sub-areas", demoTraVinh],
];

describe.each(plans)("roll-up to date of %s", (_, plan) => {
  it("is the achievement to date of the combined figures, for the whole plan and each group", () => {
    const sets = [
      plan.subAreas.map((a) => a.id),
      ...plan.subAreaGroups.map((g) => plan.subAreas.filter((a) => a.groupId === g.id).map((a) => a.id)),
    ];
    let judged = 0;
    for (const ind of plan.indicators)
      for (const ids of sets) {
        const parts = ids.flatMap((id): SeriesFigures[] => {
          const f = indicatorFigures(plan, ind, id);
          return f ? [f] : [];
        });
        const full = combineFigures(parts, ids.length);
        const want = full ? achievementToDate(full) : null;
        expect(combinedToDate(parts, ids.length)).toEqual(want);
        if (want) judged += 1;
      }
    expect(judged).toBeGreaterThan(plan.indicators.length / 2);
  });
});

it("has no roll-up without sub-areas", () => {
  expect(combinedToDate([])).toBeNull();
});

import { describe, expect, it } from "vitest";
import {
  agenciesOf,
  dashboardTiles,
  filterTiles,
  groupsOf,
  NO_FILTER,
  overdueTasks,
  statusCounts,
} from "../../../src/charts/dashboardData";
import { defaultReportPeriod, reportGroups, reportPeriods } from "../../../src/charts/reportData";
import { compareSubAreas, latestPeriodWithActual } from "../../../src/charts/subAreaComparison";
import type { Indicator, Plan } from "../../../src/domain/schema";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const byCode = (plan: Plan, code: string) => plan.indicators.find((i) => i.code === code) as Indicator;

describe("progress report rows", () => {
  it("offers years, and first halves for half-yearly plans", () => {
    expect(reportPeriods(traVinh2021).map((p) => p.key)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    expect(reportPeriods(benTre2021).map((p) => p.key)).toEqual(["2021-H1", "2021"]);
  });

  it("defaults to the latest period with an actual", () => {
    expect(defaultReportPeriod(demoTraVinh).key).toBe("2025");
    expect(defaultReportPeriod(traVinh2021).key).toBe("2021");
  });

  it("gives plan for the year, actual, đạt % KH and status, grouped as in the plan", () => {
    const groups = reportGroups(demoTraVinh, { key: "2025", year: 2025, half: null });
    expect(groups.map((g) => g.group)).toEqual(groupsOf(demoTraVinh));
    const first = groups[0]!.rows[0]!;
    expect(first.ind.code).toBe("1");
    expect(first.yearPlan?.lo).toBe(50); // 20 + 15 + 15
    expect(first.actual).toEqual({ value: 50, estimate: true }); // 20 + 16 + 14, estimates
    expect(first.achievement?.planShare).toBeCloseTo(1);
    expect(first.status).toBe("onTrack");
    expect(groups.flatMap((g) => g.rows)).toHaveLength(demoTraVinh.indicators.length);
  });

  it("measures a first half against half the year's amount", () => {
    const ind = byCode(benTre2021, "1");
    const plan: Plan = {
      ...benTre2021,
      indicators: [
        {
          ...ind,
          series: {
            all: {
              ...ind.series.all!,
              actual: { "2021-H1": { value: 20, status: "estimate" } },
              notes: { "actual:2021-H1": "Số liệu ước của Sở" },
            },
          },
        },
      ],
    };
    const row = reportGroups(plan, { key: "2021-H1", year: 2021, half: "H1" })[0]!.rows[0]!;
    expect(row.yearPlan?.lo).toBe(50);
    expect(row.halfPlan?.lo).toBe(25);
    expect(row.achievement?.planShare).toBeCloseTo(0.8);
    expect(row.notes).toEqual(["Số liệu ước của Sở"]);
    const year = reportGroups(plan, { key: "2021", year: 2021, half: null })[0]!.rows[0]!;
    expect(year.actual).toBeNull();
    expect(year.status).toBe("noData");
  });
});

describe("sub-areas compared", () => {
  it("sorts sub-areas by achievement to the end of the period", () => {
    const ind = byCode(demoTraVinh, "1");
    const rows = compareSubAreas(demoTraVinh, ind, "2023");
    expect(rows.map((r) => r.areaId)).toEqual(["tra-cu", "cang-long", "con-lai"]);
    expect(rows[0]?.ratio).toBeCloseTo(59 / 60);
    expect(rows[2]?.ratio).toBeCloseTo(34 / 45);
    expect(latestPeriodWithActual(demoTraVinh, ind)).toBe("2025");
  });
});

describe("dashboard", () => {
  it("filters tiles by group, status and agency", () => {
    const tiles = dashboardTiles(demoTraVinh);
    expect(tiles).toHaveLength(9);
    const [g1] = groupsOf(demoTraVinh);
    expect(filterTiles(tiles, { ...NO_FILTER, group: g1! }).every((t) => t.ind.group === g1)).toBe(true);
    const counts = statusCounts(tiles);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(9);
    expect(filterTiles(tiles, { ...NO_FILTER, status: "onTrack" })).toHaveLength(counts.onTrack);
    expect(filterTiles(tiles, { ...NO_FILTER, agency: "nobody" })).toHaveLength(0);
    expect(agenciesOf(demoTraVinh)).toEqual([]);
  });

  it("lists overdue tasks, earliest first", () => {
    const tasks = bacLieu2021.tasks.map((t, i) => ({
      ...t,
      deadline: i === 0 ? "2022-01-01" : i === 1 ? "2021-06-30" : null,
    }));
    const overdue = overdueTasks(tasks, "2023-01-01");
    expect(overdue.map((t) => t.deadline)).toEqual(["2021-06-30", "2022-01-01"]);
    expect(overdueTasks([{ ...tasks[0]!, status: "done" }], "2023-01-01")).toEqual([]);
  });
});

// A merged province at full size (issue 14): the generated plan of 120 indicators × 10 years,
// half-yearly, × 170 communes (about 600,000 values), stored in IndexedDB and shown by the real
// views over the real edit path:
//   open to an interactive grid ≤ 1 s; switch sub-area ≤ 100 ms; edit to persisted ≤ 2× a bare
//   Dexie write; repaint p95 ≤ 50 ms; the dashboard ≤ 1 s; JS heap after opening ≤ 250 MB
//   (DevTools protocol, after a full garbage collection).
import { PROVINCE_PLAN } from "../../src/bench/generatePlan";
import { afterPaint, mountGrid, type Mounted, openPlan, settle, waitFor } from "../gridBench";
import { benchCase } from "../types";
import { gridCases } from "./grid";

export const issue = 14;

const SIZE = `${PROVINCE_PLAN.indicators} × ${PROVINCE_PLAN.years} years half-yearly × ${PROVINCE_PLAN.subAreas} sub-areas`;

/** The planned value of the first indicator for 2021 in an area, as the grid writes it (a whole count). */
function plan2021(m: Mounted, area: string): string {
  const t = m.editor().plan.indicators[0]?.series[area]?.plan["2021"];
  return t && t.bound !== "range" ? String(t.value) : "";
}

/** Pairs of sub-areas, one after the other, whose first cell differs: a switch is seen when it shows. */
function switchTargets(m: Mounted): string[] {
  const areas = m.editor().plan.subAreas.map((a) => a.id);
  const out: string[] = [];
  let last = plan2021(m, "xa-1");
  for (const id of areas) {
    const v = plan2021(m, id);
    if (v !== last && v !== "") {
      out.push(id);
      last = v;
    }
  }
  return out;
}

let next = 0;

export const cases = [
  ...gridCases({
    prefix: "province",
    options: PROVINCE_PLAN,
    note: SIZE,
    actualKey: "actual:2021-H1",
    width: 5600,
  }),
  benchCase({
    name: "province: switch sub-area",
    budget: { max: 100 },
    runs: 15,
    setup: async () => {
      const { planId } = await openPlan(PROVINCE_PLAN);
      const m = await mountGrid(planId, { cold: true, area: "xa-1" });
      return { m, targets: switchTargets(m) };
    },
    note: () => "to the new sub-area's cells drawn",
    run: async ({ m, targets }) => {
      await settle();
      const area = targets[next++ % targets.length] as string;
      const want = plan2021(m, area);
      const start = performance.now();
      m.setArea(area);
      await waitFor(() => m.cellText(1, "plan:2021") === want);
      await afterPaint();
      return performance.now() - start;
    },
    teardown: ({ m }) => m.unmount(),
  }),
  benchCase({
    name: "province: JS heap after opening the plan",
    budget: { max: 250 },
    unit: "MB",
    runs: 3,
    setup: () => openPlan(PROVINCE_PLAN),
    note: () => "DevTools protocol, after a full GC",
    run: async ({ planId }) => {
      const m = await mountGrid(planId, { cold: true, area: "xa-1" });
      try {
        await settle();
        return (await window.htxBenchHeap()) / (1024 * 1024);
      } finally {
        m.unmount();
      }
    },
  }),
];

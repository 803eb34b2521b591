// The dashboard (issue 6): all 300 indicators of the generated plan (300 × 10 years × 30 sub-areas)
// as tiles, its first screen drawn in ≤ 1 s — from the moment React is asked to show it until every
// tile on the first screen has its chart drawn and the browser has painted. Charts off the screen
// are drawn only when scrolled into view, so they do not count; the derived figures of all 300 tiles
// (status, achievement, the filters' counts) do.
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { BIG_PLAN, generatePlan } from "../../src/bench/generatePlan";
import { Dashboard } from "../../src/charts/Dashboard";
import type { Plan } from "../../src/domain/schema";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import "../../src/app/styles.css";
import "../../src/charts/charts.css";
import { benchCase } from "../types";

const TODAY = "2025-06-30";

export interface DashboardCtx {
  plan: Plan;
  host: HTMLElement;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Tiles whose box is on the first screen (the window's height). */
function tilesOnScreen(host: HTMLElement): Element[] {
  return Array.from(host.querySelectorAll(".tile")).filter((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

/** Every tile on the first screen shows its chart (or says why it has none). */
function firstScreenDrawn(host: HTMLElement): boolean {
  const tiles = tilesOnScreen(host);
  return (
    tiles.length > 0 &&
    tiles.every((t) => t.querySelector("svg.recharts-surface .recharts-line, .chart-empty, p.muted") !== null)
  );
}

/** Show the dashboard; resolve with the milliseconds until its first screen is drawn and painted. */
export async function drawDashboard(c: DashboardCtx): Promise<number> {
  window.scrollTo(0, 0);
  const root: Root = createRoot(c.host);
  const start = performance.now();
  try {
    root.render(
      createElement(
        I18nProvider,
        null,
        createElement(Dashboard, { plan: c.plan, today: TODAY, chartHref: (id: string) => `#/chart/${id}` }),
      ),
    );
    for (let frames = 0; !firstScreenDrawn(c.host); frames++) {
      if (frames > 600) throw new Error("the dashboard's first screen was not drawn within 600 frames");
      await nextFrame();
    }
    // The frame that shows it: one more animation frame, then the paint after it.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - start;
  } finally {
    root.unmount();
    c.host.textContent = "";
  }
}

/** The issue that names these figures (the bench table groups rows by it). */
export const issue = 6;

export const cases = [
  benchCase<DashboardCtx>({
    name: "dashboard of the 300-indicator plan: first screen drawn",
    budget: { max: 1000 },
    runs: 5,
    setup: () => {
      const host = document.getElementById("bench-root");
      if (!host) throw new Error("no #bench-root");
      return { plan: generatePlan(BIG_PLAN), host };
    },
    note: (c) =>
      `${c.plan.indicators.length} × ${c.plan.endYear - c.plan.startYear + 1} years × ${c.plan.subAreas.length} sub-areas, ${innerWidth}×${innerHeight}`,
    run: drawDashboard,
  }),
];

// Helpers of the harness's browser checks: open the harness, find a cell, read what the in-memory
// editor holds.
import { expect, type Page } from "@playwright/test";

interface HarnessWindow {
  __harness?: {
    stored: () => { indicators: { series: Record<string, SeriesLike> }[]; tasks: unknown[] };
    accepted: () => number;
  };
}
interface SeriesLike {
  baseline: number | null;
  total: unknown;
  plan: Record<string, unknown>;
  actual: Record<string, unknown>;
  notes: Record<string, string>;
}

export async function openGrid(page: Page, query = "plan=demo"): Promise<void> {
  await page.goto(`test/harness/grid.html?${query}`);
  await expect(page.locator(".grid-body .ag-row").first()).toBeVisible();
}

export function cell(page: Page, rowIndex: number, colId: string) {
  return page.locator(`.grid-body .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
}

/** The stored plan's value of one cell (demo plan: sub-area tra-cu; others: all). */
export async function stored(page: Page, indicator: number, key: string, area = "tra-cu"): Promise<unknown> {
  return page.evaluate(
    ({ indicator, key, area }) => {
      const plan = (window as unknown as HarnessWindow).__harness?.stored();
      const s = plan?.indicators[indicator]?.series[area];
      if (!s) return null;
      if (key === "baseline") return s.baseline;
      if (key === "total") return s.total;
      const [kind, period] = key.split(":") as [string, string];
      return (kind === "plan" ? s.plan[period] : s.actual[period]) ?? null;
    },
    { indicator, key, area },
  );
}

export async function acceptedEdits(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as HarnessWindow).__harness?.accepted() ?? -1);
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+v");
}

/** Anything of the stored plan, read by a function run in the page. */
export async function storedPlan<T>(page: Page, read: string): Promise<T> {
  return page.evaluate((body) => {
    const plan = (window as unknown as HarnessWindow).__harness?.stored();
    return new Function("plan", `return ${body}`)(plan) as T;
  }, read);
}

/**
 * A cell brought into view: AG Grid draws only the columns on screen, so scroll right from the
 * start until the cell is drawn whole, clear of the pinned columns.
 */
export async function reveal(page: Page, rowIndex: number, colId: string) {
  const target = cell(page, rowIndex, colId);
  const body = page.locator(".grid-body");
  const scroller = body.locator(".ag-body-horizontal-scroll-viewport");
  await scroller.evaluate((v) => (v.scrollLeft = 0));
  await expect(async () => {
    const box = (await target.count()) > 0 ? await target.boundingBox() : null;
    const pinned = await body.locator(".ag-grid-pinned-left-cells").first().boundingBox();
    const grid = await scroller.boundingBox();
    if (!pinned || !grid) throw new Error("no grid");
    const left = pinned.x + pinned.width;
    const right = grid.x + grid.width;
    // Not drawn yet: further right. Under the pinned columns: back left. Cut at the right: on.
    const by = !box
      ? 200
      : box.x < left - 1
        ? box.x - left - 10
        : box.x + box.width > right + 1
          ? box.x + box.width - right + 10
          : 0;
    if (by !== 0) {
      await scroller.evaluate((v, d) => (v.scrollLeft += d), by);
      throw new Error(`cell ${rowIndex} ${colId} not yet in view`);
    }
  }).toPass({ timeout: 10_000 });
  return target;
}

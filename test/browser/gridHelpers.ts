// Helpers of the grid's browser tests (the real app, plans stored in IndexedDB): open a plan's grid
// from the library, find a cell, bring it into view, paste, and read what is stored — straight from
// the database, so that "stored" means what a reload would show.
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO = /số liệu minh họa/;
export const BEN_TRE = /Bến Tre/;
export const BAC_LIEU = /Bạc Liêu/;

/** The library, then the plan whose title matches, on its grid (the plan's first tab). */
export async function openPlan(page: Page, title: RegExp = DEMO): Promise<string> {
  await page.goto("./");
  await expect(page.locator(".library-table tbody tr")).toHaveCount(5);
  await page.locator(".library-table").getByRole("link", { name: title }).first().click();
  await waitForGrid(page);
  return planIdOf(page);
}

export function planIdOf(page: Page): string {
  const m = /#\/plan\/([^/]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not on a plan page: ${page.url()}`);
  return decodeURIComponent(m[1]);
}

export async function waitForGrid(page: Page): Promise<void> {
  await expect(page.locator(".plan-grid .grid-body .ag-row[row-index='1']").first()).toBeVisible({
    timeout: 20_000,
  });
}

export function cell(page: Page, rowIndex: number, colId: string) {
  return page.locator(
    `.plan-grid:not(.task-sheet) .grid-body .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`,
  );
}

export const editorInput = (page: Page) => page.locator(".grid-body .ag-cell-inline-editing input");

/**
 * A cell brought into view: AG Grid draws only the columns on screen, so scroll right from the
 * start until the cell is drawn whole, clear of the pinned columns.
 */
export async function reveal(page: Page, rowIndex: number, colId: string) {
  const target = cell(page, rowIndex, colId);
  const body = page.locator(".plan-grid:not(.task-sheet) .grid-body");
  const scroller = body.locator(".ag-body-horizontal-scroll-viewport");
  await scroller.evaluate((v) => (v.scrollLeft = 0));
  await expect(async () => {
    const box = (await target.count()) > 0 ? await target.boundingBox() : null;
    const pinned = await body.locator(".ag-grid-pinned-left-cells").first().boundingBox();
    const grid = await scroller.boundingBox();
    if (!pinned || !grid) throw new Error("no grid");
    const left = pinned.x + pinned.width;
    const right = grid.x + grid.width;
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

/** Paste as a planner does after copying from a spreadsheet: a paste event with text/plain. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Switch the interface language with the header's button. */
export async function useEnglish(page: Page): Promise<void> {
  await page.locator(".lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** What the database holds for one cell ("baseline", "plan:2021", "note:actual:2021"…) of the
 * indicator with this code, in one area. Null when there is nothing. */
export async function stored(page: Page, code: string, key: string, area = "tra-cu"): Promise<unknown> {
  const planId = planIdOf(page);
  return page.evaluate(
    async ({ planId, code, key, area }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open("htx-plan");
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const all = <T>(store: string, range: IDBKeyRange) =>
        new Promise<T[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll(range);
          r.onsuccess = () => resolve(r.result as T[]);
          r.onerror = () => reject(r.error);
        });
      try {
        const inds = await all<{ id: string; code: string }>(
          "indicators",
          IDBKeyRange.bound([planId], [planId, []]),
        );
        const ind = inds.find((i) => i.code === code);
        if (!ind) return null;
        const series = await all<{ area: string; series: Record<string, unknown> }>(
          "series",
          IDBKeyRange.only([planId, ind.id, area]),
        );
        const s = series[0]?.series as
          | {
              baseline: unknown;
              total: unknown;
              plan: Record<string, unknown>;
              actual: Record<string, unknown>;
              notes: Record<string, string>;
            }
          | undefined;
        if (!s) return null;
        if (key.startsWith("note:")) return s.notes[key.slice(5)] ?? null;
        if (key === "baseline") return s.baseline;
        if (key === "total") return s.total;
        const [kind, period] = key.split(":") as [string, string];
        return (kind === "plan" ? s.plan[period] : s.actual[period]) ?? null;
      } finally {
        db.close();
      }
    },
    { planId, code, key, area },
  );
}

/** The stored indicator records of the open plan, in their order: code and name. */
export async function storedIndicators(page: Page): Promise<{ code: string; name: string }[]> {
  const planId = planIdOf(page);
  return page.evaluate(async (planId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("htx-plan");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      const recs = await new Promise<{ code: string; name: string; order: number }[]>((resolve, reject) => {
        const r = db
          .transaction("indicators")
          .objectStore("indicators")
          .getAll(IDBKeyRange.bound([planId], [planId, []]));
        r.onsuccess = () => resolve(r.result as { code: string; name: string; order: number }[]);
        r.onerror = () => reject(r.error);
      });
      return recs.sort((a, b) => a.order - b.order).map((r) => ({ code: r.code, name: r.name }));
    } finally {
      db.close();
    }
  }, planId);
}

/** Wait until every edit is written (the header says "saved"). */
export async function saved(page: Page): Promise<void> {
  await expect(page.locator(".save-status")).toHaveAttribute("data-save-state", "saved");
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __htxTest?: { pendingWrites: () => number } }).__htxTest?.pendingWrites() ??
          -1,
      ),
    )
    .toBe(0);
}

/** The grid's sub-area chooser (a searchable combobox). */
export const areaPicker = (page: Page) => page.getByRole("combobox", { name: "Địa bàn" });

/** Choose a sub-area in the grid by typing part of its name (without accents) and pressing Enter. */
export async function chooseArea(page: Page, typed: string, shown: string): Promise<void> {
  await chooseIn(areaPicker(page), typed, shown);
}

/** Choose in a sub-area chooser (a searchable combobox) by typing and pressing Enter. */
export async function chooseIn(box: Locator, typed: string, shown: string): Promise<void> {
  const page = box.page();
  await box.click();
  await box.fill(typed);
  await expect(page.getByRole("option", { name: shown, exact: true })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(shown);
}

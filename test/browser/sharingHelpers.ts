// Helpers of the sharing browser tests: downloads read back, files dropped on the window, and the
// stored data dumped straight from IndexedDB (to prove that a refused import changed nothing).
import { readFileSync } from "node:fs";
import { expect, type Download, type Page } from "@playwright/test";

export const rows = (page: Page) => page.locator(".library-table tbody tr");
export const row = (page: Page, title: string | RegExp) =>
  rows(page).filter({ has: page.getByRole("link", { name: title }) });

export const DEMO = "Trà Vinh 2021–2025 — số liệu minh họa";
export const TRA_VINH = /Trà Vinh giai đoạn 2021–2025$/;

export async function openLibrary(page: Page): Promise<void> {
  await page.goto("./");
  await expect(rows(page)).toHaveCount(5);
}

/** Click, wait for the download, return its name and bytes. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [d]: [Download, void] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** Export a plan from its library row ("Xuất tệp kế hoạch") and return the downloaded file. */
export function exportFromLibrary(page: Page, title: string | RegExp) {
  return download(page, () =>
    row(page, title)
      .getByRole("button", { name: /^Xuất tệp kế hoạch:/ })
      .click(),
  );
}

export interface DroppedFile {
  name: string;
  bytes: Buffer | string;
  type?: string;
}

/** Drop files on the page as a planner would: a drop event with a DataTransfer built in the page. */
export async function dropFiles(page: Page, files: readonly DroppedFile[]): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type ?? "application/json",
    b64: (typeof f.bytes === "string" ? Buffer.from(f.bytes, "utf8") : f.bytes).toString("base64"),
  }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    document.body.dispatchEvent(
      new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

/** Every record of every table of the app's database, sorted: what "stored data" is. */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open("htx-plan");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, "readonly");
          const out: Record<string, unknown[]> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              out[n] = req.result.map((r) => JSON.stringify(r)).sort();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export const importDialog = (page: Page) => page.getByRole("dialog", { name: /Nhập tệp kế hoạch/ });

/** The card of one plan in the import screen. */
export const importCard = (page: Page, title: string | RegExp) =>
  importDialog(page).getByRole("article", { name: title });

/** A plan file's JSON, edited by `change`, as text. */
export function editPlanFile(bytes: Buffer, change: (file: PlanFileJson) => void): string {
  const file = JSON.parse(bytes.toString("utf8")) as PlanFileJson;
  change(file);
  return JSON.stringify(file, null, 2);
}

export interface SeriesJson {
  baseline: number | null;
  total: unknown;
  plan: Record<string, unknown>;
  actual: Record<string, { value: number; status: string; numerator?: number; denominator?: number }>;
  notes: Record<string, string>;
}

export interface PlanFileJson {
  format: string;
  plan: {
    id: string;
    title: string;
    subAreas: { id: string; name: string }[];
    indicators: { id: string; code: string; name: string; series: Record<string, SeriesJson> }[];
    tasks: { title: string }[];
    [k: string]: unknown;
  };
  [k: string]: unknown;
}

export function indicator(file: PlanFileJson, code: string) {
  const ind = file.plan.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no indicator ${code}`);
  return ind;
}

/** Fail the test on any dialog (alert…) or page error: nothing from a file may run. */
export function forbidScripts(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return { errors };
}

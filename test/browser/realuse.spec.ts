// Ready for real use (issue 8): chart code loads only when charts are first shown; text is stored
// in NFC and sorted the Vietnamese way; numbers and dates follow the interface's language; a tab of
// an older version loses nothing when a newer one opens. (Offline and install: offline.spec.ts;
// the update: realuse-update.spec.ts; CSP: realuse-csp.spec.ts; accessibility: a11y*.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_TEMPLATE, libraryRows, openLibrary, planId, text, useLanguage } from "./realuseHelpers";
import { dumpDatabase } from "./sharingHelpers";

const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) =>
  text("vi", key, params);

test.describe("the chart code", () => {
  // What the page itself fetches (the service worker's background precache is not waited for).
  test.use({ serviceWorkers: "block" });

  /** The scripts the page loaded, and which of them hold Recharts. */
  function watchScripts(page: Page): { all: string[]; charts: string[] } {
    const seen = { all: [] as string[], charts: [] as string[] };
    page.on("response", async (res) => {
      if (res.request().resourceType() !== "script" || !res.ok()) return;
      const path = new URL(res.url()).pathname;
      seen.all.push(path);
      const body = await res.text().catch(() => "");
      if (body.includes("recharts-surface")) seen.charts.push(path);
    });
    return seen;
  }

  test("is not fetched by the library or a plan's details, and loads when the dashboard opens", async ({
    page,
  }) => {
    const scripts = watchScripts(page);
    await openLibrary(page);
    await libraryRows(page).filter({ hasText: DEMO }).getByRole("link", { name: DEMO }).click();
    await page
      .locator(".tab-bar")
      .getByRole("link", { name: t("tab.details") })
      .click();
    await expect(page.locator(".indicator-table")).toBeVisible();
    // Everything the page wanted has arrived, and none of it is chart code.
    await page.waitForLoadState("networkidle");
    expect(scripts.all.length).toBeGreaterThan(0);
    expect(scripts.charts).toEqual([]);

    await page.getByRole("link", { name: t("tab.charts") }).click();
    await expect(page.locator(".tile svg.recharts-surface").first()).toBeVisible();
    expect(scripts.charts.length).toBeGreaterThan(0);
  });
});

test("text typed decomposed is stored composed (NFC) and plans sort the Vietnamese way", async ({ page }) => {
  await openLibrary(page);
  // Three new blank plans, renamed with titles typed in NFD (as some keyboards and PDFs give them).
  const titles = ["Đồng Tháp — kế hoạch", "Ân Thi — kế hoạch", "An Giang — kế hoạch"];
  for (const title of titles) {
    await page.getByRole("button", { name: t("library.newPlan") }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: new RegExp(t("new.blank")) })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch mới");
    await page
      .locator(".tab-bar")
      .getByRole("link", { name: t("tab.details") })
      .click();
    await page.getByLabel(t("title"), { exact: true }).fill(title.normalize("NFD"));
    await page.getByLabel(t("title"), { exact: true }).press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.getByRole("link", { name: t("back") }).click();
  }
  await expect(libraryRows(page)).toHaveCount(8);

  // Stored composed: every title in the database is NFC, the three new ones among them.
  await expect(page.locator(".save-status")).toContainText(t("save.saved"));
  const stored = (await dumpDatabase(page)).plans?.map(
    (r) => (JSON.parse(r as string) as { title: string }).title,
  );
  for (const title of titles) expect(stored).toContain(title);
  for (const title of stored ?? []) expect(title).toBe(title.normalize("NFC"));

  // Sorted by title in Vietnamese order (a ă â b c d đ e …): "An Giang" < "Ân Thi" < "Chương
  // trình…" < "Đồng Tháp" < "Kế hoạch…"; search finds a title without its accents.
  await page.getByLabel(t("library.sortBy")).selectOption("title");
  const order = await libraryRows(page).locator("a.plan-link").allTextContents();
  const at = (s: string) => order.findIndex((o) => o.startsWith(s));
  expect(at("An Giang")).toBe(0);
  expect(at("Ân Thi")).toBe(1);
  expect(at("Chương trình")).toBeLessThan(at("Đồng Tháp"));
  expect(at("Đồng Tháp")).toBeLessThan(at("Kế hoạch"));
  await page.getByLabel(t("library.search")).fill("dong thap");
  await expect(libraryRows(page)).toHaveCount(1);
});

test("numbers and dates follow the interface's language", async ({ page }) => {
  await useLanguage(page, "en");
  await page.goto(`./#/template/${DEMO_TEMPLATE}/report`);
  await expect(page.locator(".report-table")).toBeVisible();
  // English: thousands with a comma, decimals with a point, dates in English.
  const report = await page.locator(".report-table").innerText();
  expect(report).toMatch(/\d,\d{3}/);
  expect(report).not.toMatch(/\d\.\d{3}(?!\d)/);
  await page.getByRole("button", { name: "Switch interface language" }).click();
  // Vietnamese: thousands with a point.
  await expect(page.locator(".report-table")).toContainText(/\d\.\d{3}/);
  await expect(page.locator(".report-table")).not.toContainText(/\d,\d{3}(?!\d)/);
  await expect(page.locator("body")).toContainText(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/);
});

test("a newer version opened in another tab: this tab stops writing and loses nothing", async ({
  page,
  context,
}) => {
  await openLibrary(page);
  const id = await planId(page, /Bạc Liêu/);
  await page.goto(`./#/plan/${id}/details`);
  await expect(page.getByLabel(t("field.notes"))).toBeEnabled();
  // An edit whose write fails once (a full disk) and waits for its retry when the newer one opens.
  await page.evaluate(() =>
    (window as unknown as { __htxTest: { failNextWrites: (n: number) => void } }).__htxTest.failNextWrites(1),
  );
  await page.getByLabel(t("field.notes")).fill("Ghi chú viết ngay trước khi bản mới mở");
  await page.getByLabel(t("field.notes")).blur();
  await expect(page.locator(".save-status")).toContainText("Chưa lưu");

  const other = await context.newPage();
  await other.goto("./#/nowhere");
  // What a newer app version does on start: open the database at a higher version. It can only do
  // so once this tab has closed it, after writing what it had queued.
  const notes = await other.evaluate(
    (planKey) =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open("htx-plan", 1000);
        req.onsuccess = () => {
          const get = req.result.transaction("plans").objectStore("plans").get(planKey);
          get.onsuccess = () => {
            req.result.close();
            resolve((get.result as { notes: string }).notes);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    id,
  );
  expect(notes).toBe("Ghi chú viết ngay trước khi bản mới mở");
  await expect(page.getByRole("alert").filter({ hasText: "phiên bản mới hơn" })).toBeVisible();
  await expect(page.getByRole("alert")).not.toContainText(t("db.outdatedUnsaved", { n: 1 }));
  await expect(page.locator(".save-status")).toContainText(t("save.saved"));
  await expect(page.getByLabel(t("field.notes"))).toBeDisabled();
  await expect(page.getByRole("button", { name: t("db.reload") })).toBeVisible();
});

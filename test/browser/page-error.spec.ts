// An error inside a page never leaves a white page: the header stays, a message in the user's
// language says what happened, a backup of every plan can be downloaded at once, and a reload brings
// the page back. The error here is a real one a planner can meet: the grid's code fails to load
// (the network dropped just as the plan opened).
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, waitForGrid } from "./gridHelpers";

test("a page that fails keeps the header, offers a backup of all plans and a reload", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator(".library-table tbody tr")).toHaveCount(5);
  await page.route(/\/assets\/PlanGrid-[^/]*\.js$/, (route) => route.abort());
  await page.locator(".library-table").getByRole("link", { name: DEMO }).first().click();

  const alert = page.locator(".page-error");
  await expect(
    alert.getByRole("heading", { name: "Trang này gặp lỗi và không hiển thị được" }),
  ).toBeVisible();
  await expect(alert).toContainText("Dữ liệu đã lưu không bị thay đổi");
  // The header is still there, and with it the way home and the language switch.
  await expect(page.locator(".app-header .brand")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("button", { name: "Tải bản sao lưu tất cả kế hoạch ngay" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const backup = JSON.parse(await readFile(await download.path(), "utf8")) as { plans: unknown[] };
  expect(backup.plans).toHaveLength(5);
  await expect(alert.getByRole("status")).toContainText("5 kế hoạch");

  // In English too.
  await page.getByRole("button", { name: "Chuyển ngôn ngữ giao diện" }).click();
  await expect(
    alert.getByRole("heading", { name: "This page ran into an error and cannot be shown" }),
  ).toBeVisible();

  // The network is back: reload shows the plan's grid.
  await page.unroute(/\/assets\/PlanGrid-[^/]*\.js$/);
  await alert.getByRole("button", { name: "Reload the page" }).click();
  await waitForGrid(page);
  await expect(page.locator(".page-error")).toHaveCount(0);
});

test("going to another page after an error shows that page", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator(".library-table tbody tr")).toHaveCount(5);
  await page.route(/\/assets\/PlanGrid-[^/]*\.js$/, (route) => route.abort());
  await page.locator(".library-table").getByRole("link", { name: DEMO }).first().click();
  await expect(page.locator(".page-error")).toBeVisible();
  await page.locator(".app-header .brand").click();
  await expect(page.locator(".library-table tbody tr")).toHaveCount(5);
  await expect(page.locator(".page-error")).toHaveCount(0);
});

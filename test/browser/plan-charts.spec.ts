// The charts of a stored plan: reachable from its tabs, and following its edits at once.
import { expect, test } from "@playwright/test";

test("a stored plan shows its dashboard, an indicator's chart and its report", async ({ page }) => {
  await page.goto("./");
  await page
    .locator(".library-table")
    .getByRole("link", { name: /số liệu minh họa/ })
    .click();
  await page.locator(".tab-bar").getByRole("link", { name: "Biểu đồ" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator(".tab-bar").getByRole("link", { name: "Biểu đồ" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page
    .locator(".tile-title")
    .getByRole("link", { name: /Phát triển mới hợp tác xã/ })
    .click();
  await expect(page).toHaveURL(/\/chart\/[^/]+$/);
  await expect(page.getByRole("heading", { name: /Phát triển mới hợp tác xã/ }).first()).toBeVisible();
  await expect(page.locator(".tab-bar").getByRole("link", { name: "Biểu đồ" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.locator(".tab-bar").getByRole("link", { name: "Báo cáo" }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole("table").first()).toContainText("Phát triển mới hợp tác xã");
});

test("the dashboard follows an edit made in another tab at once", async ({ page, context }) => {
  await page.goto("./");
  await page
    .locator(".library-table")
    .getByRole("link", { name: /Ninh Bình/ })
    .click();
  const planUrl = page.url();
  await page.locator(".tab-bar").getByRole("link", { name: "Biểu đồ" }).click();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(
    page.getByText("Kế hoạch phát triển kinh tế tập thể tỉnh Ninh Bình năm 2020").first(),
  ).toBeVisible();

  const other = await context.newPage();
  // The other tab edits the plan's details (a plan opens on its grid).
  await other.goto(`${planUrl}/details`);
  await other.getByLabel("Tên", { exact: true }).fill("Ninh Bình 2020 — bản sửa");
  await other.getByLabel("Tên", { exact: true }).press("Enter");
  await expect(other.locator(".save-status")).toContainText("Đã lưu");

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ninh Bình 2020 — bản sửa");
});

import { expect, test } from "@playwright/test";

test("the first screen lists the built-in programmes and switches language", async ({ page }) => {
  await page.goto("./");
  const table = page.locator(".template-table");
  await expect(table).toBeVisible();
  // The four programmes of the sources, plus the illustrative plan.
  for (const name of ["Bạc Liêu", "Trà Vinh", "Bến Tre", "Ninh Bình"]) {
    await expect(table.getByRole("link", { name: new RegExp(name) }).first()).toBeVisible();
  }
  const traVinh = table.locator("tr", { hasText: "tỉnh Trà Vinh giai đoạn 2021–2025" });
  await expect(traVinh.getByText("298/QĐ-UBND ngày 9/2/2021")).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(5);
  await expect(table.getByText("minh họa").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chương trình có sẵn" })).toBeVisible();

  // Switch to English; the choice is remembered across a reload.
  await page.getByRole("button", { name: "Chuyển ngôn ngữ giao diện" }).click();
  await expect(page.getByRole("heading", { name: "Built-in programmes" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Built-in programmes" })).toBeVisible();
  await page.getByRole("button", { name: "Switch interface language" }).click();
  await expect(page.getByRole("heading", { name: "Chương trình có sẵn" })).toBeVisible();
});

test("a programme's indicators are shown read-only, numbers the Vietnamese way", async ({ page }) => {
  await page.goto("./");
  // The library above lists editable copies with the same names: open the read-only original.
  await page
    .locator(".template-table")
    .getByRole("link", { name: /Bạc Liêu/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bạc Liêu");
  const rows = page.locator(".indicator-table tbody tr:not(.group-row)");
  await expect(rows).toHaveCount(8);
  await expect(page.locator(".facts").getByText("332/QĐ-UBND ngày 26/7/2021", { exact: true })).toBeVisible();
  await expect(rows.filter({ hasText: "thành viên" }).locator("td.num").nth(1)).toHaveText("1.360");
  await expect(rows.filter({ hasText: "công nghệ cao" }).locator("td.num").nth(1)).toHaveText("> 15");
  // The letter 1047/UBND-KT's tasks.
  await expect(page.locator(".task-table tbody tr")).toHaveCount(7);
});

import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

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
  // …and programme 332's own support measures and the Cooperative Alliance's tasks (11).
  await expect(page.locator(".task-table tbody tr")).toHaveCount(18);
});

test("the built app runs under its Content Security Policy without a violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto("./");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-eval");
  await page
    .locator(".template-table")
    .getByRole("link", { name: /Trà Vinh 2021–2025 — số liệu minh họa/ })
    .click();
  await expect(page.locator(".indicator-table")).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...seen, ...violations]).toEqual([]);
});

test("the first screens pass an accessibility check (axe) in both languages", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator(".template-table")).toBeVisible();
  await expectAccessible(page, "built-in programmes");
  await page
    .locator(".template-table")
    .getByRole("link", { name: /Trà Vinh 2021–2025 — số liệu minh họa/ })
    .click();
  await expect(page.locator(".indicator-table")).toBeVisible();
  await expectAccessible(page, "a programme");
  await page.getByRole("button", { name: "Chuyển ngôn ngữ giao diện" }).click();
  await expectAccessible(page, "a programme in English");
});

test("the library and a stored plan's page pass the accessibility check", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator(".library-table tbody tr").first()).toBeVisible();
  await expectAccessible(page, "the library");
  await page
    .locator(".library-table")
    .getByRole("link", { name: /số liệu minh họa/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("minh họa");
  // The pointer rests where the link was, now over the grid: a cell's note would fade in as a tooltip
  // during the check (seen in CI). Checked as the page stands, with the pointer off the grid.
  await page.mouse.move(0, 0);
  await expectAccessible(page, "a stored plan");
});

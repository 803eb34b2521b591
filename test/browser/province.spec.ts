// A merged province at full size (issue 14): 170 communes pasted at once, one found by typing
// without accents, the status table sorted and opened on a commune, a province target split over
// communes, and the communes' parts sent as one .zip and merged back.
import { expect, test, type Page } from "@playwright/test";
import { areaPicker, cell, DEMO, openPlan, stored, waitForGrid } from "./gridHelpers";

const COMMUNES = Array.from({ length: 170 }, (_, i) =>
  i === 136 ? "29227 – Xã Tân Thành Bình" : `${29000 + i} – Xã Số ${i + 1}`,
);

async function openTab(page: Page, name: string) {
  await page
    .getByRole("navigation", { name: /Các phần của kế hoạch/ })
    .getByRole("link", { name })
    .click();
}

async function pasteCommunes(page: Page) {
  await openTab(page, "Chi tiết");
  await page.getByText("Dán danh sách địa bàn").click();
  await page.getByLabel("Danh sách địa bàn, mỗi dòng một tên").fill(COMMUNES.join("\n"));
  await page.getByRole("button", { name: "Thêm các địa bàn đã dán" }).click();
  await expect(page.getByText("Đã thêm 170 địa bàn")).toBeVisible();
}

test("170 communes pasted at once are one edit; one is found by typing without accents", async ({ page }) => {
  await openPlan(page, DEMO);
  await pasteCommunes(page);
  await expect(page.locator("#sub-heading .count")).toHaveText("(173)");
  await expect(page.getByLabel("Tên địa bàn 140")).toHaveValue("Xã Tân Thành Bình");

  // One undo takes the whole list back.
  await page
    .getByRole("button", { name: /Hoàn tác/ })
    .first()
    .click();
  await expect(page.locator("#sub-heading .count")).toHaveText("(3)");
  await page
    .getByRole("button", { name: /Làm lại/ })
    .first()
    .click();
  await expect(page.locator("#sub-heading .count")).toHaveText("(173)");

  await openTab(page, "Bảng số liệu");
  await waitForGrid(page);
  const box = areaPicker(page);
  await box.click();
  await box.pressSequentially("tan thanh binh");
  await expect(page.getByRole("option")).toHaveCount(1);
  await expect(page.getByRole("option")).toHaveText(/Xã Tân Thành Bình/);
  await page.screenshot({ path: "test-results/province-picker.png" });
  await box.press("Enter");
  await expect(box).toHaveValue("Xã Tân Thành Bình");
  await expect(page).toHaveURL(/\/grid\/[0-9a-f-]{36}$/);
  // A new commune has no figures yet.
  await expect(cell(page, 1, "plan:2021")).toHaveText("");
});

test("the status table shows who is behind, sorts by an indicator and opens a commune's grid", async ({
  page,
}) => {
  await openPlan(page, DEMO);
  await openTab(page, "Theo địa bàn");
  const table = page.locator(".status-scroll .status-table");
  const communes = table.locator("tbody:not(.status-rollups) tr");
  await expect(communes).toHaveCount(3);
  // The whole plan's roll-up sits above the sub-areas.
  await expect(table.locator("tbody.status-rollups th")).toHaveText(["Toàn kế hoạch"]);
  await page.screenshot({ path: "test-results/province-status.png", fullPage: true });
  const names = () => communes.locator("th").allInnerTexts();
  const heading = table.locator("thead th").nth(2);
  await heading.getByRole("button").click();
  await expect(heading).toHaveAttribute("aria-sort", "ascending");
  const ascending = await names();
  await heading.getByRole("button").click();
  await expect(heading).toHaveAttribute("aria-sort", "descending");
  const descending = await names();
  expect(descending).not.toEqual(ascending);
  // Each cell says its status in words as well as by colour and icon.
  await expect(table.locator("tbody td.status-cell").first()).toContainText(
    /Đạt|Gần đạt|Chưa đạt|Chưa có số liệu/,
  );
  await table.getByRole("link", { name: "Huyện Càng Long" }).click();
  await waitForGrid(page);
  await expect(areaPicker(page)).toHaveValue("Huyện Càng Long");
});

test("a province target is split over the communes by a column pasted from Excel", async ({ page }) => {
  await openPlan(page, DEMO);
  // Indicator 2 (new HTX), its 2023 plan.
  await cell(page, 2, "plan:2023").click();
  await page.getByRole("button", { name: "Điền nhanh" }).click();
  await page.getByRole("menuitem", { name: "Chia cho các địa bàn…" }).click();
  const dialog = page.getByRole("dialog", { name: "Chia chỉ tiêu tỉnh cho các địa bàn" });
  await expect(dialog.getByLabel("Chia", { exact: true })).toHaveValue("plan:2023");
  await dialog.getByLabel("Chỉ tiêu tỉnh").fill("20");
  await dialog.getByLabel("Theo cột dán từ Excel").check();
  // Two columns from Excel: names (typed without accents) and figures, in another order.
  await dialog
    .getByLabel(/Cột số liệu/)
    .fill("huyen cang long\t3\nHuyện Trà Cú\t5\nCác huyện, thị xã, thành phố còn lại\t8");
  await expect(dialog.getByRole("status")).toContainText("Tổng các địa bàn: 16 HTX");
  await expect(dialog.getByRole("status")).toContainText("Còn thiếu 4 HTX so với chỉ tiêu tỉnh.");
  await page.screenshot({ path: "test-results/province-split.png" });
  await dialog.getByRole("button", { name: "Ghi cho 3 địa bàn" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText("Đã chia «Phát triển mới hợp tác xã» cho 3 địa bàn")).toBeVisible();
  expect(await stored(page, "2", "plan:2023", "tra-cu")).toEqual({ bound: "exact", value: 5 });
  expect(await stored(page, "2", "plan:2023", "cang-long")).toEqual({ bound: "exact", value: 3 });
  expect(await stored(page, "2", "plan:2023", "con-lai")).toEqual({ bound: "exact", value: 8 });
  await expect(cell(page, 2, "plan:2023")).toHaveText("5");
});

// A merged province at full size (issue 14): 170 communes pasted at once, one found by typing
// without accents, the status table sorted and opened on a commune, a province target split over
// communes, and the communes' parts sent as one .zip and merged back.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { expectAccessible } from "./axe";
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
  // A target of 0 (no new union planned there) has no percentage: the status is said in its place.
  const cangLong = communes.filter({ has: page.getByRole("link", { name: "Huyện Càng Long" }) });
  await expect(cangLong.locator("td.status-cell").nth(2)).toHaveText("✔ Đạt (ước)");
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

test("the parts of all communes go out as one .zip; three returned parts are merged in one edit", async ({
  page,
}) => {
  await openPlan(page, DEMO);
  await openTab(page, "Tệp & phiên bản");
  const panel = page.getByRole("region", { name: "Gửi và thu về số liệu của các địa bàn" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: "Xuất phần của mọi địa bàn (.zip)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  await expect(panel.getByRole("status")).toContainText("Đã xuất 3 tệp");
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files);
  expect(names).toHaveLength(3);

  // Each commune fills in its 2025 actual of indicator 2 and sends its file back.
  const returned = names.map((name, i) => {
    const file = JSON.parse(strFromU8(files[name]!)) as {
      plan: {
        subAreas: { id: string }[];
        indicators: { code: string; series: Record<string, { actual: object }> }[];
      };
    };
    const area = file.plan.subAreas[0]!.id;
    const ind = file.plan.indicators.find((x) => x.code === "2")!;
    ind.series[area]!.actual = { ...ind.series[area]!.actual, "2025": { value: 40 + i, status: "final" } };
    return { name, mimeType: "application/json", buffer: Buffer.from(strToU8(JSON.stringify(file))), area };
  });
  await panel.locator('input[type="file"]').setInputFiles(returned.map(({ area: _a, ...f }) => f));
  await expect(panel.getByText("3/3 địa bàn đã gửi lại; 0 địa bàn chưa gửi.")).toBeVisible();
  await expect(panel.locator(".part-returned")).toHaveCount(3);
  await page.screenshot({ path: "test-results/province-parts.png", fullPage: true });
  await panel.getByRole("button", { name: "Gộp số liệu của 3 địa bàn" }).click();
  await expect(panel.getByRole("status")).toContainText("Đã gộp số liệu của 3 địa bàn");
  for (const [i, r] of returned.entries()) {
    expect(await stored(page, "2", "actual:2025", r.area)).toEqual({ value: 40 + i, status: "final" });
  }
  // One undo takes all three back.
  await page
    .getByRole("button", { name: /Hoàn tác/ })
    .first()
    .click();
  await expect
    .poll(() => stored(page, "2", "actual:2025", returned[0]!.area))
    .not.toEqual({ value: 40, status: "final" });
});

test("the status table of 173 sub-areas draws the rows in view, reaches the last by scrolling and prints them all", async ({
  page,
}) => {
  await openPlan(page, DEMO);
  await pasteCommunes(page);
  await openTab(page, "Theo địa bàn");
  const table = page.locator(".status-scroll .status-table");
  const communes = table.locator("tbody:not(.status-rollups) tr:not(.status-spacer)");
  // Screen readers are told every row: the heading row, the whole plan's and the 173 sub-areas'.
  await expect(table).toHaveAttribute("aria-rowcount", "175");
  await expect(communes.first()).toHaveAttribute("aria-rowindex", "3");
  const drawn = await communes.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(173);
  await expect(table.getByRole("link", { name: "Xã Số 170" })).toHaveCount(0);
  await expectAccessible(page, "the status table of 173 sub-areas, drawn where in view");

  // Scrolled to the end, the last commune is drawn, in its place, and opens its grid.
  await page.locator(".status-scroll").evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = table.getByRole("link", { name: "Xã Số 170" });
  await expect(last).toBeVisible();
  await expect(communes.last()).toHaveAttribute("aria-rowindex", "175");

  // Sorted by name, the first rows are drawn at the top again after scrolling back.
  await page.getByLabel("Sắp xếp").selectOption("name");
  await page.locator(".status-scroll").evaluate((el) => el.scrollTo(0, 0));
  await expect(communes.first().locator("th")).toHaveText("Các huyện, thị xã, thành phố còn lại");

  // Printed with the browser's own command: every row.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(communes).toHaveCount(173);
  await expect(table).not.toHaveAttribute("aria-rowcount");
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(communes).toHaveCount(drawn);

  await page.locator(".status-scroll").evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await last.click();
  await waitForGrid(page);
  await expect(areaPicker(page)).toHaveValue("Xã Số 170");
});

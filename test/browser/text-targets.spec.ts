// Targets from text (issue 13), as a planner does it: paste a programme's target paragraph into the
// dialog, review the proposals beside the highlighted text, drop one, add the rest as one edit; the
// grid shows the new indicators, the database holds them, and one undo removes them all. Pasted
// HTML is shown as text, its scripts never run, and nothing is stored before accepting.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { BAC_LIEU, openPlan, saved, stored, storedIndicators } from "./gridHelpers";

/** Whether the grid shows a row with this name: its rows are drawn as they scroll into view. */
async function gridShows(page: Page, name: string): Promise<boolean> {
  const viewport = page.locator(".plan-grid .grid-body .ag-body-vertical-scroll-viewport");
  const found: Locator = page.locator(".plan-grid .grid-body").getByText(name, { exact: false });
  const height = await viewport.evaluate((v) => v.scrollHeight);
  for (let top = 0; top <= height; top += 200) {
    await viewport.evaluate((v, y) => (v.scrollTop = y), top);
    await page.waitForTimeout(50);
    if ((await found.count()) > 0) return true;
  }
  return false;
}

/** Bạc Liêu's grid, its stored indicators, and the dialog open; any browser alert is recorded. */
async function openDialog(page: Page) {
  const alerts: string[] = [];
  page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await openPlan(page, BAC_LIEU);
  const before = await storedIndicators(page);
  await page.getByRole("button", { name: "Từ văn bản…" }).click();
  const dialog = page.getByRole("dialog", { name: "Lấy chỉ tiêu từ văn bản" });
  await expect(dialog).toBeVisible();
  return { alerts, before, dialog };
}

const TEXT = `Mục tiêu đến năm 2025: hỗ trợ 30 HTX chuyển đổi số, 20 THT tham gia sàn thương mại điện tử và 01 - 02 Liên hiệp HTX xuất khẩu trực tiếp. Phấn đấu 85% HTX có trang thông tin điện tử.
Tăng cường công tác truyền thông về kinh tế tập thể trên báo, đài địa phương.`;

test("paste the targets, review, drop one, add the rest as one edit, undo removes them", async ({ page }) => {
  const { alerts, before, dialog } = await openDialog(page);
  await dialog.getByLabel(/Văn bản: phần Mục tiêu/).fill(TEXT);
  await dialog.getByRole("button", { name: "Đọc văn bản" }).click();

  await expect(dialog.getByText("Tìm thấy 4 chỉ tiêu và 1 nhiệm vụ.", { exact: false })).toBeVisible();
  // The sentences that gave proposals are marked in the text, their figures in bold.
  await expect(dialog.locator(".tt-text mark")).toHaveCount(3);
  await expect(dialog.locator(".tt-text strong").first()).toHaveText("30 HTX");
  const names = dialog.locator(".tt-card .tt-name");
  await expect(names).toHaveCount(5);
  await expect(names.nth(0)).toHaveValue("Hỗ trợ HTX chuyển đổi số");
  await expect(names.nth(2)).toHaveValue("Hỗ trợ Liên hiệp HTX xuất khẩu trực tiếp");
  await expect(dialog.locator(".tt-card").nth(2).locator(".tt-target")).toHaveValue("1–2");
  await expect(dialog.locator(".tt-card").nth(3).locator(".tt-target")).toHaveValue("85");
  // Focusing a proposal shows its sentence.
  await names.nth(3).focus();
  await expect(dialog.locator(".tt-text mark.tt-active")).toContainText("85% HTX");
  // Nothing is stored while reviewing.
  expect(await storedIndicators(page)).toEqual(before);

  // Drop the union of cooperatives, rename the first, take the rest.
  await dialog.getByRole("checkbox", { name: "Lấy đề xuất 3" }).uncheck();
  await names.nth(0).fill("HTX được hỗ trợ chuyển đổi số");
  await dialog.getByRole("button", { name: "Thêm 3 chỉ tiêu, 1 nhiệm vụ vào kế hoạch" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Đã thêm 3 chỉ tiêu, 1 nhiệm vụ từ văn bản.", { exact: false })).toBeVisible();

  await saved(page);
  expect(await gridShows(page, "HTX được hỗ trợ chuyển đổi số")).toBe(true);
  expect(await gridShows(page, "Hỗ trợ THT tham gia sàn thương mại")).toBe(true);
  expect(await gridShows(page, "HTX có trang thông tin điện tử")).toBe(true);
  expect(await gridShows(page, "Liên hiệp HTX xuất khẩu")).toBe(false);
  const after = await storedIndicators(page);
  // Each new indicator goes to the end of its group, with the next free code.
  expect(after.map((i) => i.name)).toEqual([
    ...before.slice(0, 4).map((i) => i.name),
    "HTX được hỗ trợ chuyển đổi số",
    "Hỗ trợ THT tham gia sàn thương mại điện tử",
    ...before.slice(4).map((i) => i.name),
    "HTX có trang thông tin điện tử",
  ]);
  expect(await stored(page, "9", "total", "all")).toEqual({ bound: "exact", value: 30 });
  expect(await stored(page, "11", "total", "all")).toEqual({ bound: "exact", value: 85 });

  // One undo takes the whole addition back.
  await page
    .getByRole("button", { name: /Hoàn tác/ })
    .first()
    .click();
  await saved(page);
  expect(await storedIndicators(page)).toEqual(before);
  expect(await gridShows(page, "HTX được hỗ trợ chuyển đổi số")).toBe(false);
  expect(await gridShows(page, "HTX có trang thông tin điện tử")).toBe(false);
  expect(alerts).toEqual([]);
});

test("pasted HTML is read as text, its script never runs; empty text gets a clear word", async ({ page }) => {
  const { alerts, before, dialog } = await openDialog(page);
  await dialog.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Văn bản trống: hãy dán phần Mục tiêu của văn bản.");

  await dialog
    .getByLabel(/Văn bản: phần Mục tiêu/)
    .fill(
      '<div><script>alert("x")</script><p>Thành lập mới <b>12 HTX</b> nông nghiệp.</p><img src=x onerror="alert(1)"></div>',
    );
  await dialog.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(dialog.getByText("Tìm thấy 1 chỉ tiêu và 0 nhiệm vụ.", { exact: false })).toBeVisible();
  await expect(dialog.getByText(/Văn bản có mã HTML/)).toBeVisible();
  await expect(dialog.locator(".tt-text img, .tt-text script, .tt-text b")).toHaveCount(0);
  await expect(dialog.locator(".tt-card .tt-name")).toHaveValue("Thành lập mới HTX nông nghiệp");
  await dialog.getByRole("button", { name: "Hủy" }).last().click();
  await expect(dialog).toBeHidden();
  expect(await storedIndicators(page)).toEqual(before);
  expect(alerts).toEqual([]);
});

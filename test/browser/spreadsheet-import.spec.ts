// Bringing a plan in from a provincial tracking workbook: the mapping step shows how the sheet is
// read, nothing is stored before the planner confirms, the new plan opens on its grid with the
// values, and one undo takes the whole import back.
import { expect, test, type Page } from "@playwright/test";
import { oleFile } from "../fixtures/spreadsheets/buildXlsx";
import { trackingWorkbook } from "../fixtures/spreadsheets/provincialSheet";
import { saved, stored, storedIndicators, waitForGrid } from "./gridHelpers";
import { openLibrary, rows } from "./sharingHelpers";

async function pickSpreadsheet(page: Page, name: string, bytes: Uint8Array) {
  await page.getByRole("button", { name: "⤒ Nhập từ Excel / CSV…" }).click();
  await page
    .getByTestId("sheet-input")
    .setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
}

test("a tracking workbook becomes a new plan after its mapping is confirmed; one undo takes it all back", async ({
  page,
}) => {
  await openLibrary(page);
  await pickSpreadsheet(page, "bieu-theo-doi.xlsx", trackingWorkbook());
  const dialog = page.getByRole("dialog", { name: "Nhập bảng tính" });
  await expect(dialog.getByRole("combobox", { name: "Dùng làm B" })).toHaveValue("name");
  await expect(dialog.getByRole("combobox", { name: "Dùng làm F" })).toHaveValue("derived");
  await expect(dialog.getByRole("combobox", { name: "Dùng làm H" })).toHaveValue("estimate");
  await expect(dialog.getByLabel("Tiêu đề hai dòng (năm gộp trên KH | TH)")).toBeChecked();
  const preview = dialog.locator(".sheet-rows");
  await expect(preview.getByRole("cell", { name: "Nhóm: Phát triển tổ chức" })).toBeVisible();
  await expect(preview.getByRole("cell", { name: "Tổng số HTX đang hoạt động", exact: true })).toBeVisible();
  await expect(dialog.getByText("Giai đoạn 2024–2025")).toBeVisible();
  await expect(dialog.getByLabel("Tên kế hoạch")).toHaveValue(/^BIỂU THEO DÕI KẾT QUẢ THỰC HIỆN/);

  // Two rows' kinds are guesses: the confirm button waits until the planner has checked them.
  const confirm = dialog.getByRole("button", { name: "Tạo kế hoạch với 5 chỉ tiêu" });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole("combobox", { name: "Loại: 4 Doanh thu bình quân 1 HTX" }).selectOption("level");
  await dialog.getByLabel("Tôi đã kiểm tra loại và đơn vị của 1 dòng được đoán").check();
  // Nothing is stored before the confirmation.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(5);

  await pickSpreadsheet(page, "bieu-theo-doi.xlsx", trackingWorkbook());
  await expect(dialog.getByRole("combobox", { name: "Loại: 4 Doanh thu bình quân 1 HTX" })).toHaveValue(
    "amount",
  );
  await dialog.locator(".sheet-guess").first().click();
  await dialog.locator(".sheet-guess").first().click();
  await dialog.getByRole("button", { name: "Tạo kế hoạch với 5 chỉ tiêu" }).click();

  await waitForGrid(page);
  await expect(
    page.getByRole("status").filter({ hasText: "Đã nhập 5 chỉ tiêu từ tệp bieu-theo-doi.xlsx." }),
  ).toBeVisible();
  const grid = page.locator(".plan-grid .grid-body");
  await expect(grid.getByText("Số HTX thành lập mới")).toBeVisible();
  await expect(grid.getByText("Tỷ lệ HTX hoạt động hiệu quả")).toBeVisible();
  await saved(page);
  expect(await stored(page, "1", "plan:2024", "all")).toEqual({ bound: "exact", value: 20 });
  expect(await stored(page, "1", "actual:2025", "all")).toEqual({ value: 27, status: "estimate" });
  expect(await stored(page, "2", "plan:2024", "all")).toEqual({ bound: "exact", value: 1360 });
  expect(await stored(page, "3", "actual:2024", "all")).toEqual({ value: 62.5, status: "final" });
  expect(await stored(page, "4", "plan:2024", "all")).toEqual({ bound: "exact", value: 1_200_000_000 });
  expect(await stored(page, "5", "total", "all")).toEqual({ bound: "range", min: 15, max: 20 });
  expect((await storedIndicators(page)).map((i) => i.code)).toEqual(["1", "2", "3", "4", "5"]);

  await page.getByRole("status").getByRole("button", { name: "Hoàn tác" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã hoàn tác việc nhập." })).toBeVisible();
  await expect(grid.getByText("Số HTX thành lập mới")).toBeHidden();
  await saved(page);
  expect(await storedIndicators(page)).toEqual([]);
});

test("an old .xls and a password-protected workbook say what they are and how to save them; nothing is stored", async ({
  page,
}) => {
  await openLibrary(page);
  await pickSpreadsheet(page, "bieu.xls", oleFile("Workbook"));
  const dialog = page.getByRole("dialog", { name: "Nhập bảng tính" });
  await expect(dialog.getByRole("alert")).toContainText("Đây là tệp Excel kiểu cũ (.xls");
  await expect(dialog.getByRole("alert")).toContainText("Sổ làm việc Excel (*.xlsx)");
  await dialog.getByRole("button", { name: "Đóng" }).click();
  await pickSpreadsheet(page, "bieu.xlsx", oleFile("EncryptedPackage"));
  await expect(dialog.getByRole("alert")).toContainText("Tệp được đặt mật khẩu");
  await dialog.getByRole("button", { name: "Đóng" }).click();
  await expect(rows(page)).toHaveCount(5);
});

// Bringing a plan in from a provincial tracking workbook: the mapping step shows how the sheet is
// read, nothing is stored before the planner confirms, the new plan opens on its grid with the
// values, and one undo takes the whole import back.
import { expect, test, type Page } from "@playwright/test";
import { oleFile } from "../fixtures/spreadsheets/buildXlsx";
import { trackingWorkbook } from "../fixtures/spreadsheets/provincialSheet";
import { cell, openPlan, saved, stored, storedIndicators, waitForGrid } from "./gridHelpers";
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

const WORD_TABLE = [
  "<html><body><!--StartFragment--><table class=MsoTableGrid>",
  "<tr><td><p>7</p></td><td><p>Số HTX ứng dụng<br>công nghệ cao</p></td><td rowspan=2><p>HTX</p></td><td><p>12</p></td></tr>",
  "<tr><td><p>8</p></td><td><p>Số HTX có sản phẩm OCOP</p></td><td><p>30</p></td></tr>",
  "<tr><td><p>9</p></td><td><p>Số thành viên được</p><p>tập huấn</p></td><td><p>lượt người</p></td><td><p>500</p></td></tr>",
  "</table><!--EndFragment--></body></html>",
].join("");
const WORD_TEXT =
  "7\tSố HTX ứng dụng công nghệ cao\tHTX\t12\r\n8\tSố HTX có sản phẩm OCOP\t\t30\r\n9\tSố thành viên được tập huấn\tlượt người\t500\r\n";

test("three rows copied from a Word table, pasted into the grid, become three indicators in one step", async ({
  page,
}) => {
  await openPlan(page, /Trà Vinh giai đoạn 2021–2025$/);
  const before = await storedIndicators(page);
  await cell(page, 1, "name").click();
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", text);
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { html: WORD_TABLE, text: WORD_TEXT },
  );
  const dialog = page.getByRole("dialog", { name: "Thêm các dòng đã dán thành chỉ tiêu mới" });
  const preview = dialog.locator(".sheet-rows");
  await expect(
    preview.getByRole("cell", { name: "Số HTX ứng dụng công nghệ cao", exact: true }),
  ).toBeVisible();
  await expect(preview.getByRole("cell", { name: "Số thành viên được tập huấn", exact: true })).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Đơn vị: 9 Số thành viên được tập huấn" })).toHaveValue(
    "personTimes",
  );
  // The existing plan is untouched until the planner confirms.
  expect(await storedIndicators(page)).toEqual(before);
  const guesses = dialog.getByLabel(/^Tôi đã kiểm tra loại và đơn vị/);
  if ((await guesses.count()) > 0) await guesses.check();
  await dialog.getByRole("button", { name: "Thêm 3 chỉ tiêu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập 3 chỉ tiêu" })).toBeVisible();
  await saved(page);
  const after = await storedIndicators(page);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual([
    { code: "7", name: "Số HTX ứng dụng công nghệ cao" },
    { code: "8", name: "Số HTX có sản phẩm OCOP" },
    { code: "9", name: "Số thành viên được tập huấn" },
  ]);
  // One undo removes all three.
  await page.getByRole("status").getByRole("button", { name: "Hoàn tác" }).click();
  await saved(page);
  expect(await storedIndicators(page)).toEqual(before);
});

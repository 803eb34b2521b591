// The grid on stored plans (the real app, IndexedDB): what a planner types is stored as it is made,
// survives a reload, and bad input is refused at the cell and never stored. Each test starts from an
// empty browser profile: the library holds the five built-in programmes.
import { expect, test } from "@playwright/test";
import {
  cell,
  editorInput,
  openPlan,
  pasteText,
  reveal,
  saved,
  stored,
  useEnglish,
  waitForGrid,
  areaPicker,
} from "./gridHelpers";

test("a typed value is stored: after a reload it is there", async ({ page }) => {
  await openPlan(page);
  // The plan opens on its figures, for its first sub-area.
  await expect(page.getByRole("link", { name: "Bảng số liệu" })).toHaveAttribute("aria-current", "page");
  await expect(areaPicker(page)).toHaveValue("Huyện Trà Cú");
  await cell(page, 1, "actual:2021").click();
  await page.keyboard.type("1.360");
  await page.keyboard.press("Enter");
  await expect(cell(page, 1, "actual:2021")).toHaveText("1.360");
  await saved(page);
  expect(await stored(page, "1", "actual:2021")).toEqual({ value: 1360, status: "final" });
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 1, "actual:2021")).toHaveText("1.360");
});

test("typed and reloaded at once: the value is there", async ({ page }) => {
  await openPlan(page);
  // Closing or reloading while a write waits asks first; the planner leaves anyway.
  page.on("dialog", (d) => void d.accept());
  await cell(page, 2, "actual:2022").click();
  await page.keyboard.type("17");
  await page.keyboard.press("Enter");
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 2, "actual:2022")).toHaveText("17");
  expect(await stored(page, "2", "actual:2022")).toEqual({ value: 17, status: "final" });
});

test("a value whose write keeps failing when the page is reloaded is written after the reload", async ({
  page,
}) => {
  await openPlan(page);
  await page.evaluate(() =>
    (window as unknown as { __htxTest: { failNextWrites: (n: number) => void } }).__htxTest.failNextWrites(
      1000,
    ),
  );
  await cell(page, 3, "actual:2023").click();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(page.locator(".save-status")).toHaveAttribute("data-save-state", "notSaved");
  // Leaving does not even ask: the waiting write is kept for the next start.
  let asked = false;
  page.on("dialog", (d) => {
    asked = true;
    void d.accept();
  });
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 3, "actual:2023")).toHaveText("2");
  await saved(page);
  expect(await stored(page, "3", "actual:2023")).toEqual({ value: 2, status: "final" });
  expect(asked).toBe(false);
});

test("an invalid value is refused at the cell, and nothing is stored", async ({ page }) => {
  await openPlan(page);
  for (const [text, reason] of [
    ["-3", "Không được là số âm"],
    ["2,5", "Phải là số nguyên"],
    ["nhiều", "Không phải là số"],
  ] as const) {
    await cell(page, 2, "actual:2021").click();
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert")).toContainText(`“${text}” không được nhận`);
    await expect(page.getByRole("alert")).toContainText(reason);
    // The editor stays open with the text; Escape gives the old value back.
    await expect(editorInput(page)).toHaveValue(text);
    await page.keyboard.press("Escape");
    await expect(cell(page, 2, "actual:2021")).toHaveText("3");
  }
  // A share over 100%, and a range whose minimum exceeds its maximum.
  await cell(page, 6, "actual:2022").click();
  await page.keyboard.type("120");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toContainText("Tỷ lệ không được vượt quá 100%");
  await page.keyboard.press("Escape");
  await (await reveal(page, 1, "total")).click();
  await page.keyboard.type("20-15");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("alert")).toContainText("Giá trị nhỏ nhất lớn hơn giá trị lớn nhất");
  await page.keyboard.press("Escape");
  await saved(page);
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 2, "actual:2021")).toHaveText("3");
  await expect(cell(page, 6, "actual:2022")).toHaveText("80");
  await expect(await reveal(page, 1, "total")).toHaveText("≥ 100");
  expect(await stored(page, "2", "actual:2021")).toEqual({ value: 3, status: "final" });
  expect(await stored(page, "1", "total")).toEqual({ bound: "atLeast", value: 100 });
});

test("a block pasted in Vietnamese numbers is one undo step; after undo the stored plan equals what is shown", async ({
  page,
}) => {
  await openPlan(page);
  await cell(page, 1, "actual:2021").click();
  // As Excel puts it on the clipboard: tabs, CRLF, a final line break; one bad cell.
  await pasteText(page, "25\t30\r\n7\t-2\r\n1.250\t4\r\n");
  const notice = page.locator(".grid-messages");
  await expect(notice).toContainText("Đã dán 5 ô.");
  await expect(notice).toContainText("Chỉ tiêu 2 · 2022 · KH: “-2” — Không được là số âm");
  await expect(cell(page, 1, "plan:2022")).toHaveText("30");
  await expect(cell(page, 3, "actual:2021")).toHaveText("1.250");
  await saved(page);
  expect(await stored(page, "3", "actual:2021")).toEqual({ value: 1250, status: "final" });
  expect(await stored(page, "2", "plan:2022")).toEqual({ bound: "exact", value: 4 });

  await page.keyboard.press("Control+z");
  await expect(cell(page, 1, "actual:2021")).toHaveText("18");
  await expect(cell(page, 3, "actual:2021")).toHaveText("0");
  await saved(page);
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 1, "actual:2021")).toHaveText("18");
  await expect(cell(page, 1, "plan:2022")).toHaveText("20");
  await expect(cell(page, 3, "actual:2021")).toHaveText("0");
  expect(await stored(page, "1", "actual:2021")).toEqual({ value: 18, status: "final" });

  // Redo needs this tab's history: paste again, undo, redo.
  await cell(page, 1, "actual:2021").click();
  await pasteText(page, "25\t30");
  await expect(cell(page, 1, "plan:2022")).toHaveText("30");
  await page.keyboard.press("Control+z");
  await expect(cell(page, 1, "plan:2022")).toHaveText("20");
  await page.keyboard.press("Control+y");
  await expect(cell(page, 1, "plan:2022")).toHaveText("30");
  await saved(page);
  expect(await stored(page, "1", "plan:2022")).toEqual({ bound: "exact", value: 30 });
});

test("a block pasted in English numbers when the interface is English", async ({ page }) => {
  await openPlan(page);
  await useEnglish(page);
  await expect(cell(page, 4, "baseline")).toHaveText("4,200");
  await cell(page, 4, "baseline").click();
  await pasteText(page, "4,250\t15-18\t5,010.5\n");
  const notice = page.locator(".grid-messages");
  await expect(notice).toContainText("Pasted 2 cells.");
  // 5,010.5 members: a fraction of a person is refused, not rounded.
  await expect(notice).toContainText("whole number");
  await expect(cell(page, 4, "baseline")).toHaveText("4,250");
  await saved(page);
  expect(await stored(page, "4", "baseline")).toBe(4250);
  expect(await stored(page, "4", "plan:2021")).toEqual({ bound: "range", min: 15, max: 18 });
  // A Vietnamese-style number in English is reported, not guessed.
  await cell(page, 6, "actual:2021").click();
  await pasteText(page, "5,5");
  await expect(notice).toContainText("Number written the Vietnamese way");
});

test("estimate or final, and a note, are stored; the note shows on hover", async ({ page }) => {
  await openPlan(page);
  await expect(await reveal(page, 1, "actual:2025")).toHaveText("20 (ước)");
  await cell(page, 1, "actual:2025").click();
  await page.keyboard.press("Control+e");
  await expect(cell(page, 1, "actual:2025")).toHaveText("20");
  await page.keyboard.press("Shift+F2");
  const dialog = page.getByRole("dialog", { name: "Ghi chú cho ô" });
  await dialog.getByLabel("Ghi chú (lý do, nguồn số liệu)").fill("Theo báo cáo của <b>huyện</b>");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog).toBeHidden();
  await saved(page);
  await page.reload();
  await waitForGrid(page);
  const target = await reveal(page, 1, "actual:2025");
  await expect(target).toHaveText("20");
  await expect(target).toHaveClass(/cell-note/);
  expect(await stored(page, "1", "actual:2025")).toEqual({ value: 20, status: "final" });
  await target.hover();
  await expect(page.locator(".ag-tooltip")).toHaveText("Ghi chú: Theo báo cáo của <b>huyện</b>");
});

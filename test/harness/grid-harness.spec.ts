// The grid in real Chromium, over the in-memory editor of the harness: what a planner sees and
// gets back. Storage-backed checks (reload, two tabs) belong to the plan page's own tests.
import { expect, test } from "@playwright/test";
import {
  acceptedEdits,
  cell,
  clipboardText,
  openGrid,
  pasteText,
  reveal,
  stored,
  storedPlan,
} from "./harness";

test.describe("typing in the grid", () => {
  test("a typed value is shown, stored, and Enter moves down", async ({ page }) => {
    await openGrid(page);
    await cell(page, 1, "actual:2021").click();
    await page.keyboard.type("1.360");
    await page.keyboard.press("Enter");
    await expect(cell(page, 1, "actual:2021")).toHaveText("1.360");
    await expect.poll(() => stored(page, 0, "actual:2021")).toEqual({ value: 1360, status: "final" });
    // The cell below has the focus: typing goes there.
    await page.keyboard.type("6");
    await page.keyboard.press("Tab");
    await expect(cell(page, 2, "actual:2021")).toHaveText("6");
    // Tab moved right without opening an editor: typing replaces the next cell.
    await page.keyboard.type(">= 5");
    await page.keyboard.press("Enter");
    await expect(cell(page, 2, "plan:2022")).toHaveText("≥ 5");
    await expect.poll(() => stored(page, 1, "plan:2022")).toEqual({ bound: "atLeast", value: 5 });
  });

  test("an invalid value is refused at the cell with a message, and nothing is stored", async ({ page }) => {
    await openGrid(page);
    const before = await acceptedEdits(page);
    for (const [text, reason] of [
      ["-3", "Không được là số âm"],
      ["2,5", "Phải là số nguyên"],
      ["nhiều", "Không phải là số"],
      ["5.5", "Số viết theo kiểu tiếng Anh"],
    ] as const) {
      await cell(page, 2, "actual:2021").click();
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(`“${text}” không được nhận`);
      await expect(alert).toContainText(reason);
      // The editor stays open with the text, marked; Escape gives the old value back.
      await expect(page.locator(".grid-body .ag-cell-inline-editing input")).toHaveValue(text);
      await page.keyboard.press("Escape");
      await expect(cell(page, 2, "actual:2021")).toHaveText("3");
    }
    // A share over 100% and a range whose minimum exceeds its maximum.
    await cell(page, 6, "actual:2022").click();
    await page.keyboard.type("120");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert")).toContainText("Tỷ lệ không được vượt quá 100%");
    await page.keyboard.press("Escape");
    await (await reveal(page, 1, "total")).click();
    await page.keyboard.type("20-15");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("alert")).toContainText("Giá trị nhỏ nhất lớn hơn giá trị lớn nhất");
    // Clicking elsewhere drops the bad value, says so, and stores nothing.
    await cell(page, 3, "actual:2025").click();
    await expect(page.locator(".grid-body .ag-cell-inline-editing")).toHaveCount(0);
    await expect(cell(page, 1, "total")).toHaveText("≥ 100");
    expect(await acceptedEdits(page)).toBe(before);
    await expect.poll(() => stored(page, 1, "actual:2021")).toEqual({ value: 3, status: "final" });
  });

  test("numbers are read and shown in English when the interface is English", async ({ page }) => {
    await openGrid(page, "plan=demo&lang=en");
    await expect(cell(page, 4, "baseline")).toHaveText("4,200");
    await cell(page, 4, "baseline").click();
    await page.keyboard.type("4,250.5");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert")).toContainText("whole number");
    await page.keyboard.press("Escape");
    await page.keyboard.type("4,250");
    await page.keyboard.press("Enter");
    await expect(cell(page, 4, "baseline")).toHaveText("4,250");
    expect(await stored(page, 3, "baseline")).toBe(4250);
  });
});

test.describe("blocks: select, copy, paste", () => {
  test("pastes a block copied from a spreadsheet in vi, lists invalid cells, and undoes it in one step", async ({
    page,
  }) => {
    await openGrid(page);
    await cell(page, 1, "actual:2021").click();
    await pasteText(page, "25\t30\r\n7\t-2\r\nabc\t4,5\r\n");
    const notice = page.locator(".grid-messages");
    await expect(notice).toContainText("Đã dán 3 ô.");
    await expect(notice).toContainText("3 ô không dán được");
    await expect(notice).toContainText("Chỉ tiêu 2 · 2022 · KH: “-2” — Không được là số âm");
    await expect(notice).toContainText("Chỉ tiêu 3 · 2022 · KH: “4,5” — Phải là số nguyên");
    await expect(cell(page, 1, "actual:2021")).toHaveText("25");
    await expect(cell(page, 1, "plan:2022")).toHaveText("30");
    await expect(cell(page, 2, "actual:2021")).toHaveText("7");
    await expect.poll(() => stored(page, 1, "plan:2022")).toEqual({ bound: "exact", value: 4 });

    await page.keyboard.press("Control+z");
    await expect(cell(page, 1, "actual:2021")).toHaveText("18");
    await expect(cell(page, 2, "actual:2021")).toHaveText("3");
    await expect.poll(() => stored(page, 0, "actual:2021")).toEqual({ value: 18, status: "final" });
    await expect.poll(() => stored(page, 0, "plan:2022")).toEqual({ bound: "exact", value: 20 });
    await page.keyboard.press("Control+y");
    await expect(cell(page, 1, "plan:2022")).toHaveText("30");
    await expect.poll(() => stored(page, 1, "actual:2021")).toEqual({ value: 7, status: "final" });
  });

  test("pastes an English block in English, and reports Vietnamese-style numbers instead of guessing", async ({
    page,
  }) => {
    await openGrid(page, "plan=demo&lang=en");
    await cell(page, 4, "actual:2021").click();
    await pasteText(page, "4,900\t-150\n");
    await expect(page.locator(".grid-messages")).toContainText("Pasted 1 cells.");
    await expect(page.locator(".grid-messages")).toContainText("A decline cannot exceed 100%");
    await expect.poll(() => stored(page, 3, "actual:2021")).toEqual({ value: 4900, status: "final" });
    await cell(page, 6, "actual:2021").click();
    await pasteText(page, "5,5");
    await expect(page.locator(".grid-messages")).toContainText("Number written the Vietnamese way");
    expect(await stored(page, 4, "actual:2021")).toMatchObject({ value: (11 / 15) * 100 });
  });

  test("selects with Shift+arrows and the mouse, and copies tab-separated text", async ({ page }) => {
    await openGrid(page);
    await cell(page, 1, "plan:2021").click();
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowDown");
    await expect(page.locator(".grid-body .cell-selected")).toHaveCount(4);
    await page.keyboard.press("Control+c");
    expect(await clipboardText(page)).toBe("20\t18\n4\t3");
    // A drag from the baseline of indicator 4 to its 2021 actual, then copy: Vietnamese numbers.
    await cell(page, 4, "baseline").hover();
    await page.mouse.down();
    await cell(page, 4, "actual:2021").hover();
    await page.mouse.up();
    await page.keyboard.press("Control+c");
    expect(await clipboardText(page)).toBe("4.200\t15–20\t4.870");
    // Shift+click extends from the focused cell.
    await cell(page, 1, "code").click();
    await cell(page, 2, "name").click({ modifiers: ["Shift"] });
    await page.keyboard.press("Control+c");
    expect(await clipboardText(page)).toBe("1\tPhát triển mới tổ hợp tác\n2\tPhát triển mới hợp tác xã");
  });

  test("one copied value fills a selected block; Delete clears it in one undo step", async ({ page }) => {
    await openGrid(page);
    await cell(page, 1, "actual:2022").click();
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await pasteText(page, "9");
    await expect(cell(page, 2, "plan:2023")).toHaveText("9");
    await page.keyboard.press("Delete");
    await expect(cell(page, 2, "plan:2023")).toHaveText("4");
    await expect(cell(page, 2, "plan:2023")).toHaveClass(/cell-derived/);
    expect(await stored(page, 1, "actual:2022")).toBeNull();
    await page.keyboard.press("Control+z");
    await expect(cell(page, 2, "actual:2022")).toHaveText("9");
  });
});

test.describe("estimates, notes, fill helpers and the menu", () => {
  test("Ctrl+E flips estimate and final, shown in words", async ({ page }) => {
    await openGrid(page);
    await expect(await reveal(page, 1, "actual:2025")).toHaveText("20 (ước)");
    await cell(page, 1, "actual:2025").click();
    await page.keyboard.press("Control+e");
    await expect(cell(page, 1, "actual:2025")).toHaveText("20");
    await expect.poll(() => stored(page, 0, "actual:2025")).toEqual({ value: 20, status: "final" });
    await page.keyboard.type("21 ước");
    await page.keyboard.press("Enter");
    await expect(cell(page, 1, "actual:2025")).toHaveText("21 (ước)");
  });

  test("a note is written with Shift+F2 and shown on hover", async ({ page }) => {
    await openGrid(page);
    await cell(page, 2, "plan:2021").click();
    await page.keyboard.press("Shift+F2");
    const dialog = page.getByRole("dialog", { name: "Ghi chú cho ô" });
    await expect(dialog).toContainText("Chỉ tiêu 2 · 2021 · KH");
    await dialog.getByLabel("Ghi chú (lý do, nguồn số liệu)").fill("Theo báo cáo của <b>huyện</b>");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await expect(dialog).toBeHidden();
    await expect(cell(page, 2, "plan:2021")).toHaveClass(/cell-note/);
    expect(await storedPlan(page, "plan.indicators[1].series['tra-cu'].notes['plan:2021']")).toBe(
      "Theo báo cáo của <b>huyện</b>",
    );
    await cell(page, 2, "plan:2021").hover();
    await expect(page.locator(".ag-tooltip")).toHaveText("Ghi chú: Theo báo cáo của <b>huyện</b>");
  });

  test("the cell menu splits a total over the years as one undo step", async ({ page }) => {
    await openGrid(page, "plan=bacLieu");
    // Bạc Liêu, indicator 3: 3 new unions of cooperatives by 2025.
    await (await reveal(page, 3, "total")).click();
    await page.keyboard.press("Shift+F10");
    await page.getByRole("menuitem", { name: "Chia tổng cho các năm" }).click();
    for (const [year, v] of [
      [2021, "1"],
      [2022, "1"],
      [2023, "1"],
      [2024, "0"],
      [2025, "0"],
    ] as const) {
      await expect(await reveal(page, 3, `plan:${year}`)).toHaveText(v);
      await expect(cell(page, 3, `plan:${year}`)).not.toHaveClass(/cell-derived/);
    }
    await page.keyboard.press("Control+z");
    await expect(await reveal(page, 3, "plan:2021")).toHaveClass(/cell-derived/);
  });
});

test.describe("views and rows", () => {
  test("the whole plan is read-only and summed from the sub-areas", async ({ page }) => {
    await openGrid(page);
    await page.getByLabel("Địa bàn").selectOption("all");
    await expect(page.getByText("Toàn kế hoạch được tính từ các địa bàn nên chỉ đọc")).toBeVisible();
    await expect(cell(page, 1, "actual:2021")).toHaveText("40");
    await cell(page, 1, "actual:2021").click();
    await page.keyboard.type("5");
    await expect(page.locator(".grid-body .ag-cell-inline-editing")).toHaveCount(0);
    await expect(cell(page, 1, "actual:2021")).toHaveText("40");
    await pasteText(page, "7");
    await expect(page.getByRole("alert")).toContainText("chỉ đọc");
    await page.getByLabel("Địa bàn").selectOption("cang-long");
    await expect(cell(page, 1, "actual:2021")).toHaveText("12");
  });

  test("a half-yearly plan has H1 and H2 actuals, and the year is computed from them", async ({ page }) => {
    await openGrid(page, "plan=benTre");
    await expect(page.locator(".ag-header-cell[col-id='actual:2021-H1']")).toContainText("TH 6T đầu");
    await cell(page, 1, "actual:2021-H1").click();
    await page.keyboard.type("20");
    await page.keyboard.press("Tab");
    await page.keyboard.type("26 ước");
    await page.keyboard.press("Enter");
    await expect(cell(page, 1, "actual:2021")).toHaveText("46 (ước)");
    await expect(cell(page, 1, "actual:2021")).toHaveClass(/cell-locked/);
    // The year is computed: typing there opens no editor and changes nothing.
    await cell(page, 1, "actual:2021").click();
    await page.keyboard.type("50");
    await expect(page.locator(".grid-body .ag-cell-inline-editing")).toHaveCount(0);
    await expect(cell(page, 1, "actual:2021")).toHaveText("46 (ước)");
  });

  test("indicators are added with the form, checked by the schema, moved and deleted (undoably)", async ({
    page,
  }) => {
    await openGrid(page, "plan=bacLieu");
    await cell(page, 2, "name").click();
    await page.getByRole("button", { name: "+ Thêm chỉ tiêu" }).click();
    const form = page.getByRole("dialog", { name: "Thêm chỉ tiêu" });
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.getByText("Tên chỉ tiêu không được để trống")).toBeVisible();
    await form.getByLabel("Chỉ tiêu", { exact: true }).fill("HTX nông nghiệp có hợp đồng tiêu thụ");
    await form.getByLabel("Mã").fill("1a");
    await form.getByLabel("Tổng cả giai đoạn").fill("-5");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.getByText("Không được là số âm")).toBeVisible();
    await form.getByLabel("Tổng cả giai đoạn").fill("≥ 40");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form).toBeHidden();
    await expect(cell(page, 3, "name")).toHaveText("HTX nông nghiệp có hợp đồng tiêu thụ");
    await expect(await reveal(page, 3, "plan:2021")).toHaveText("≥ 8");
    await expect(await reveal(page, 3, "total")).toHaveText("≥ 40");

    await cell(page, 3, "name").click();
    await page.getByRole("button", { name: "Chuyển chỉ tiêu xuống dưới" }).click();
    await expect(cell(page, 4, "code")).toHaveText("1a");
    await page.getByRole("button", { name: "Xóa chỉ tiêu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã xóa chỉ tiêu" })).toBeVisible();
    expect(await storedPlan<number>(page, "plan.indicators.length")).toBe(8);
    await page.keyboard.press("Control+z");
    await expect(cell(page, 4, "code")).toHaveText("1a");
    expect(await storedPlan<number>(page, "plan.indicators.length")).toBe(9);
  });
});

test("a whole edit session with the keyboard alone", async ({ page }) => {
  await openGrid(page);
  const active = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.closest(".ag-row")?.getAttribute("row-index") ?? "-"}:${el?.getAttribute("col-id") ?? el?.tagName}`;
    });
  // Tab from the top of the page into the grid.
  for (let i = 0; i < 25 && !(await active()).includes("code"); i++) await page.keyboard.press("Tab");
  await expect.poll(active).toMatch(/code$/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(active).toBe("1:plan:2021");

  await page.keyboard.type("21");
  await page.keyboard.press("Enter");
  await expect.poll(() => stored(page, 0, "plan:2021")).toEqual({ bound: "exact", value: 21 });
  await expect.poll(active).toBe("2:plan:2021");
  await page.keyboard.type("5");
  await page.keyboard.press("Tab");
  await expect.poll(active).toBe("2:actual:2021");
  await page.keyboard.type("9");
  await page.keyboard.press("Escape");
  await expect(cell(page, 2, "actual:2021")).toHaveText("3");

  // Select two cells down, copy, paste them one column right; undo and redo the paste.
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Control+c");
  await expect.poll(() => clipboardText(page)).toBe("21\n5");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Control+v");
  await expect(cell(page, 2, "actual:2021")).toHaveText("5");
  await page.keyboard.press("Control+z");
  await expect(cell(page, 2, "actual:2021")).toHaveText("3");
  await page.keyboard.press("Control+Shift+z");
  await expect(cell(page, 2, "actual:2021")).toHaveText("5");

  // Mark the actual as an estimate, and give it a note.
  await page.keyboard.press("Control+e");
  await expect(cell(page, 1, "actual:2021")).toHaveText("21 (ước)");
  await page.keyboard.press("Shift+F2");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.type("Số liệu ước của phòng Kinh tế");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect
    .poll(() => storedPlan(page, "plan.indicators[0].series['tra-cu'].notes['actual:2021']"))
    .toBe("Số liệu ước của phòng Kinh tế");

  // The cell menu: copy the 2021 plan of indicator 1 to the later years.
  await page.keyboard.press("ArrowLeft");
  await expect.poll(active).toBe("1:plan:2021");
  await page.keyboard.press("Shift+F10");
  await expect(page.getByRole("menu")).toBeVisible();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Chép sang các kỳ sau" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => stored(page, 0, "plan:2025")).toEqual({ bound: "exact", value: 21 });
  await expect.poll(active).toBe("1:plan:2021");

  // Enter on a cell that is not typed into opens the indicator's form; Escape closes it.
  for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowLeft");
  await expect.poll(active).toBe("1:kind");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Sửa chỉ tiêu 1" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect.poll(active).toBe("1:kind");
});

test.describe("the task sheet", () => {
  test("tasks are edited in place; a past deadline is marked overdue in words", async ({ page }) => {
    await page.goto("test/harness/grid.html?plan=bacLieu&sheet=tasks");
    const task = (r: number, col: string) =>
      page.locator(`.task-body .ag-row[row-index="${r}"] .ag-cell[col-id="${col}"]`);
    await expect(task(0, "title")).toContainText("Đẩy mạnh tuyên truyền");
    await task(1, "deadline").click();
    await page.keyboard.type("31/12/2022");
    await page.keyboard.press("Enter");
    await expect(task(1, "deadline")).toHaveText("31/12/2022");
    await expect(task(1, "status")).toContainText("Quá hạn");
    await expect(page.getByText("1 nhiệm vụ quá hạn")).toBeVisible();
    await expect.poll(() => storedPlan(page, "plan.tasks[1].deadline")).toBe("2022-12-31");

    await task(2, "deadline").click();
    await page.keyboard.type("31/13/2022");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert")).toContainText("Ngày không hợp lệ");
    expect(await storedPlan(page, "plan.tasks[2].deadline")).toBeNull();

    // Done: no longer overdue.
    await task(1, "status").click();
    await page.keyboard.press("Enter");
    await page.getByRole("combobox", { name: "Trạng thái" }).selectOption("done");
    await page.keyboard.press("Enter");
    await expect(task(1, "status")).toHaveText("Hoàn thành");
    await expect(page.getByText("1 nhiệm vụ quá hạn")).toHaveCount(0);
  });

  test("tasks are added, moved and deleted, and the deletion is undone", async ({ page }) => {
    await page.goto("test/harness/grid.html?plan=bacLieu&sheet=tasks");
    const task = (r: number, col: string) =>
      page.locator(`.task-body .ag-row[row-index="${r}"] .ag-cell[col-id="${col}"]`);
    await task(6, "title").click();
    await page.getByRole("button", { name: "+ Thêm nhiệm vụ" }).click();
    await expect(page.locator(".task-body .ag-cell-inline-editing input")).toBeFocused();
    await page.keyboard.type("Tổng kết chương trình giai đoạn 2021–2025");
    await page.keyboard.press("Enter");
    await expect(task(7, "title")).toHaveText("Tổng kết chương trình giai đoạn 2021–2025");
    await expect(task(7, "code")).toHaveText("8");
    await task(7, "title").click();
    await page.getByRole("button", { name: "Chuyển nhiệm vụ lên trên" }).click();
    await expect(task(6, "code")).toHaveText("8");
    await page.getByRole("button", { name: "Xóa nhiệm vụ" }).click();
    await expect.poll(() => storedPlan<number>(page, "plan.tasks.length")).toBe(7);
    await page.keyboard.press("Control+z");
    await expect.poll(() => storedPlan<number>(page, "plan.tasks.length")).toBe(8);
    await expect(task(6, "code")).toHaveText("8");
  });
});

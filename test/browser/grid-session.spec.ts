// Working sessions on stored plans: the keyboard alone, a half-yearly plan, sub-areas and the
// read-only whole plan, names that look like HTML, a Vietnamese input method, the task sheet, and
// accessibility.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import {
  BAC_LIEU,
  BEN_TRE,
  cell,
  editorInput,
  openPlan,
  reveal,
  saved,
  stored,
  storedIndicators,
  waitForGrid,
  areaPicker,
  chooseArea,
} from "./gridHelpers";

const WHOLE = "Toàn kế hoạch (chỉ đọc)";

/** "row:column" of the focused grid cell, or the focused element's tag. */
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.closest(".ag-row")?.getAttribute("row-index") ?? "-"}:${el?.getAttribute("col-id") ?? el?.tagName}`;
  });

/** Open the cell menu (Shift+F10) and run the entry with this name, with the arrow keys. */
async function menuEntry(page: Page, name: string): Promise<void> {
  await page.keyboard.press("Shift+F10");
  await expect(page.getByRole("menu")).toBeVisible();
  const item = page.getByRole("menuitem", { name });
  for (let i = 0; i < 15; i++) {
    if (await item.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("ArrowDown");
  }
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
}

test("a whole edit session with the keyboard alone", async ({ page }) => {
  await openPlan(page);
  // From the top of the page into the grid with Tab.
  await page.locator("body").focus();
  for (let i = 0; i < 60 && !(await active(page)).endsWith(":code"); i++) await page.keyboard.press("Tab");
  await expect.poll(() => active(page)).toMatch(/:code$/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => active(page)).toBe("1:plan:2021");

  // Type, Enter moves down; type, Tab moves right; Escape cancels.
  await page.keyboard.type("21");
  await page.keyboard.press("Enter");
  await expect.poll(() => active(page)).toBe("2:plan:2021");
  await page.keyboard.type("5");
  await page.keyboard.press("Tab");
  await expect.poll(() => active(page)).toBe("2:actual:2021");
  await page.keyboard.type("9");
  await page.keyboard.press("Escape");
  await expect(cell(page, 2, "actual:2021")).toHaveText("3");
  // Typing right after Escape starts a new value in the same cell.
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await expect(cell(page, 2, "actual:2021")).toHaveText("4");

  // A fill helper from the cell menu: the 2021 plan of indicator 1 copied to the later years.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => active(page)).toBe("1:plan:2021");
  await menuEntry(page, "Chép sang các kỳ sau");
  await expect(await reveal(page, 1, "plan:2025")).toHaveText("21");

  // An indicator added through the form, from the menu, then undone.
  await cell(page, 1, "plan:2021").focus();
  await menuEntry(page, "Thêm chỉ tiêu");
  const form = page.getByRole("dialog", { name: "Thêm chỉ tiêu" });
  await expect(form.getByLabel("Mã")).toBeFocused();
  await page.keyboard.type("1b");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Tổ hợp tác có hợp đồng liên kết");
  await page.keyboard.press("Enter");
  await expect(form).toBeHidden();
  await expect(cell(page, 2, "name")).toHaveText("Tổ hợp tác có hợp đồng liên kết");
  await saved(page);
  expect((await storedIndicators(page))[1]).toEqual({ code: "1b", name: "Tổ hợp tác có hợp đồng liên kết" });
  await page.keyboard.press("Control+z");
  await expect(cell(page, 2, "name")).toHaveText("Phát triển mới hợp tác xã");
  await saved(page);
  expect((await storedIndicators(page)).map((i) => i.code)).not.toContain("1b");

  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 1, "plan:2021")).toHaveText("21");
  await expect(cell(page, 2, "plan:2021")).toHaveText("5");
  await expect(cell(page, 2, "actual:2021")).toHaveText("4");
  expect(await stored(page, "1", "plan:2024")).toEqual({ bound: "exact", value: 21 });
});

test("a half-yearly plan records H1 and H2, and the year is computed from them", async ({ page }) => {
  await openPlan(page, BEN_TRE);
  await expect(page.locator(".ag-header-cell[col-id='actual:2021-H1']")).toContainText("TH 6T đầu");
  await cell(page, 1, "actual:2021-H1").click();
  await page.keyboard.type("20");
  await page.keyboard.press("Tab");
  await page.keyboard.type("26 ước");
  await page.keyboard.press("Enter");
  await expect(cell(page, 1, "actual:2021")).toHaveText("46 (ước)");
  // The year is computed: it takes no typing.
  await cell(page, 1, "actual:2021").click();
  await page.keyboard.type("50");
  await expect(editorInput(page)).toHaveCount(0);
  await saved(page);
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 1, "actual:2021")).toHaveText("46 (ước)");
  expect(await stored(page, "1", "actual:2021-H2", "all")).toEqual({ value: 26, status: "estimate" });
  expect(await stored(page, "1", "actual:2021", "all")).toBeNull();
});

test("a sub-area is chosen; the whole plan is summed from the sub-areas and read-only", async ({ page }) => {
  await openPlan(page);
  await chooseArea(page, "cang long", "Huyện Càng Long");
  await expect(cell(page, 1, "actual:2021")).toHaveText("12");
  await chooseArea(page, "toan ke hoach", WHOLE);
  await expect(page.getByText("Toàn kế hoạch được tính từ các địa bàn nên chỉ đọc")).toBeVisible();
  await expect(cell(page, 1, "actual:2021")).toHaveText("40");
  await cell(page, 1, "actual:2021").click();
  await page.keyboard.type("5");
  await expect(editorInput(page)).toHaveCount(0);
  // The choice is in the address: a reload shows the same.
  expect(page.url()).toMatch(/\/grid\/all$/);
  await page.reload();
  await waitForGrid(page);
  await expect(areaPicker(page)).toHaveValue(WHOLE);
  await expect(cell(page, 1, "actual:2021")).toHaveText("40");
  // A value typed in a sub-area changes the whole plan at once.
  await chooseArea(page, "tra cu", "Huyện Trà Cú");
  await cell(page, 1, "actual:2021").click();
  await page.keyboard.type("30");
  await page.keyboard.press("Enter");
  await chooseArea(page, "toan ke hoach", WHOLE);
  await expect(cell(page, 1, "actual:2021")).toHaveText("52");
});

test("names that look like HTML are shown as text and nothing runs", async ({ page }) => {
  await openPlan(page);
  const hostile = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> HTX`;
  await cell(page, 1, "name").click();
  await page.getByRole("button", { name: "Sửa chỉ tiêu" }).click();
  const form = page.getByRole("dialog", { name: "Sửa chỉ tiêu 1" });
  await form.getByLabel("Chỉ tiêu", { exact: true }).fill(hostile);
  await form.getByLabel("Cơ quan chủ trì").fill(`<b onmouseover="window.__xss=3">Sở</b>`);
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form).toBeHidden();
  await expect(cell(page, 1, "name")).toHaveText(hostile);
  await saved(page);
  await page.reload();
  await waitForGrid(page);
  await expect(cell(page, 1, "name")).toHaveText(hostile);
  await (await reveal(page, 1, "agency")).hover();
  await expect(cell(page, 1, "agency")).toHaveText(`<b onmouseover="window.__xss=3">Sở</b>`);
  await cell(page, 1, "name").hover();
  await expect(page.locator(".ag-tooltip")).toContainText(hostile);
  expect(await page.locator(".plan-grid img, .plan-grid script, .plan-grid b").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("a Vietnamese input method typing into a cell that is not yet editing loses nothing", async ({
  page,
}) => {
  await openPlan(page);
  const cdp = await page.context().newCDPSession(page);
  const key = (k: string, code: string, vk: number) => {
    const text = k.length === 1 ? { text: k, unmodifiedText: k } : {};
    return [
      cdp.send("Input.dispatchKeyEvent", {
        type: "keyDown",
        key: k,
        code,
        windowsVirtualKeyCode: vk,
        ...text,
      }),
      cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: k, code, windowsVirtualKeyCode: vk }),
    ];
  };
  // The first letter opens the editor; the input method composes the rest at once.
  await cell(page, 1, "name").click();
  await Promise.all([
    ...key("T", "KeyT", 84),
    cdp.send("Input.imeSetComposition", { text: "ư", selectionStart: 1, selectionEnd: 1 }),
    cdp.send("Input.imeSetComposition", { text: "ươ", selectionStart: 2, selectionEnd: 2 }),
    cdp.send("Input.insertText", { text: "rường" }),
  ]);
  await expect(editorInput(page)).toHaveValue("Trường");
  await page.keyboard.type(" hợp tác");
  await page.keyboard.press("Enter");
  await expect(cell(page, 1, "name")).toHaveText("Trường hợp tác");
  // Unikey's way: the plain letter, then Backspace and the accented one.
  await (await reveal(page, 2, "agency")).click();
  await Promise.all([
    ...key("d", "KeyD", 68),
    ...key("Backspace", "Backspace", 8),
    ...key("đ", "", 0),
    ...key("i", "KeyI", 73),
  ]);
  await expect(editorInput(page)).toHaveValue("đi");
  await page.keyboard.press("Enter");
  await expect(cell(page, 2, "agency")).toHaveText("đi");
  await saved(page);
  expect((await storedIndicators(page))[0]?.name).toBe("Trường hợp tác");
});

test("the task sheet: overdue tasks are marked, a bad date is refused at the cell, and edits are stored", async ({
  page,
}) => {
  await openPlan(page, BAC_LIEU);
  await page.getByRole("link", { name: "Nhiệm vụ" }).click();
  const task = (r: number, col: string) =>
    page.locator(`.task-body .ag-row[row-index="${r}"] .ag-cell[col-id="${col}"]`);
  await expect(task(0, "title")).toContainText("Đẩy mạnh tuyên truyền");
  await task(1, "deadline").click();
  await page.keyboard.type("31/12/2022");
  await page.keyboard.press("Enter");
  await expect(task(1, "status")).toContainText("Quá hạn");
  await expect(page.getByText("1 nhiệm vụ quá hạn")).toBeVisible();

  // A date that does not exist: refused, the editor stays open with it, nothing stored.
  await task(2, "deadline").click();
  await page.keyboard.type("31/13/2022");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toContainText("“31/13/2022” không được nhận");
  await expect(page.getByRole("alert")).toContainText("Ngày không hợp lệ");
  await expect(page.locator(".task-body .ag-cell-inline-editing input")).toHaveValue("31/13/2022");
  await page.keyboard.press("Escape");
  await expect(task(2, "deadline")).toHaveText("");

  await saved(page);
  await page.reload();
  await expect(task(1, "status")).toContainText("Quá hạn");
  await expect(task(1, "deadline")).toHaveText("31/12/2022");
  await expect(task(2, "deadline")).toHaveText("");
});

test("the grid and the task sheet have no serious accessibility problem", async ({ page }) => {
  await openPlan(page, BAC_LIEU);
  await cell(page, 1, "plan:2021").click();
  await expectAccessible(page, "the indicator grid");
  await page.getByRole("link", { name: "Nhiệm vụ" }).click();
  await expect(page.locator(".task-body .ag-row[row-index='0']").first()).toBeVisible();
  await expectAccessible(page, "the task sheet");
});

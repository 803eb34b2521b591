// Two tabs on the same stored plan: each sees the other's edits at once, neither loses its own, and
// a value being typed in one tab is not disturbed by the other's writes.
import { expect, test } from "@playwright/test";
import { cell, editorInput, openPlan, reveal, saved, stored, waitForGrid } from "./gridHelpers";

test("two pages edit different cells: each sees the other's, and after reloading both are there", async ({
  page,
  context,
}) => {
  await openPlan(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForGrid(other);

  await cell(page, 1, "actual:2021").click();
  await page.keyboard.type("31");
  await page.keyboard.press("Enter");
  await cell(other, 2, "actual:2022").click();
  await other.keyboard.type("12");
  await other.keyboard.press("Enter");
  // Same series, another value: the write of one tab keeps the other's.
  await cell(other, 1, "plan:2022").click();
  await other.keyboard.type("25");
  await other.keyboard.press("Enter");

  await expect(cell(other, 1, "actual:2021")).toHaveText("31");
  await expect(cell(page, 2, "actual:2022")).toHaveText("12");
  await expect(cell(page, 1, "plan:2022")).toHaveText("25");
  await saved(page);
  await saved(other);
  for (const p of [page, other]) {
    await p.reload();
    await waitForGrid(p);
    await expect(cell(p, 1, "actual:2021")).toHaveText("31");
    await expect(cell(p, 1, "plan:2022")).toHaveText("25");
    await expect(cell(p, 2, "actual:2022")).toHaveText("12");
  }
  expect(await stored(page, "1", "actual:2021")).toEqual({ value: 31, status: "final" });
  expect(await stored(page, "1", "plan:2022")).toEqual({ bound: "exact", value: 25 });
});

test("a value being typed keeps its editor and focus while another tab writes", async ({ page, context }) => {
  await openPlan(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForGrid(other);

  await cell(page, 2, "plan:2021").click();
  await page.keyboard.type("12");
  await expect(editorInput(page)).toHaveValue("12");
  // The other tab writes in the same row, in another row, and renames nothing.
  await cell(other, 2, "actual:2021").click();
  await other.keyboard.type("9");
  await other.keyboard.press("Enter");
  await cell(other, 6, "actual:2021").click();
  await other.keyboard.type("55");
  await other.keyboard.press("Enter");
  await expect(cell(page, 6, "actual:2021")).toHaveText("55");
  await expect(cell(page, 2, "actual:2021")).toHaveText("9");
  // Still typing in the same editor, which still has the focus.
  await expect(editorInput(page)).toHaveValue("12");
  await expect(editorInput(page)).toBeFocused();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(cell(page, 2, "plan:2021")).toHaveText("125");
  await saved(page);
  expect(await stored(page, "2", "plan:2021")).toEqual({ bound: "exact", value: 125 });
  expect(await stored(page, "2", "actual:2021")).toEqual({ value: 9, status: "final" });
  await expect(await reveal(other, 2, "plan:2021")).toHaveText("125");
});

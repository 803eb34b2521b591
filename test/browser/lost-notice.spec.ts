// A change notice that never arrives (issue 15, browser soak seed 47455): a page's write commits, the
// page is killed before Dexie posts the notice to the other tabs, and the other page must still come
// to show the stored value — without a reload.
import { expect, test } from "@playwright/test";
import { cell, openPlan, saved, stored, waitForGrid } from "./gridHelpers";

test("a page shows another page's saved value when that page died before its change notice went out", async ({
  page,
  context,
}) => {
  await openPlan(page);
  const before = (await cell(page, 1, "actual:2021").textContent())?.trim();
  expect(before).not.toBe("767");

  const other = await context.newPage();
  // This page's change notices to the other tabs (Dexie's BroadcastChannel) are never sent.
  await other.addInitScript(() => {
    const Real = window.BroadcastChannel;
    const w = window as unknown as { __droppedNotices: number };
    w.__droppedNotices = 0;
    window.BroadcastChannel = class extends Real {
      override postMessage(message: unknown): void {
        if (this.name === "x-storagemutated-1") w.__droppedNotices += 1;
        else super.postMessage(message);
      }
    };
  });
  await other.goto(page.url());
  await waitForGrid(other);

  await cell(other, 1, "actual:2021").click();
  await other.keyboard.type("767");
  await other.keyboard.press("Enter");
  await saved(other);
  expect((await stored(other, "1", "actual:2021")) as { value?: number }).toMatchObject({ value: 767 });
  // The notice really was held back, and the first page still shows the old value.
  expect(
    await other.evaluate(() => (window as unknown as { __droppedNotices: number }).__droppedNotices),
  ).toBeGreaterThan(0);
  await expect(cell(page, 1, "actual:2021")).toHaveText(before ?? "");

  // The renderer of the page that wrote is killed: its notice will never come.
  const crashed = new Promise((r) => other.once("crash", r));
  const cdp = await context.newCDPSession(other);
  void cdp.send("Page.crash").catch(() => undefined);
  await crashed;

  // The first page shows what is stored, without a reload.
  await expect(cell(page, 1, "actual:2021")).toHaveText("767", { timeout: 5000 });
});

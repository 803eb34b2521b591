// Keyboard alone (issue 8): the library, a plan's details, dashboard, one chart, report and
// presentation used with Tab, Shift+Tab, Enter, Space, arrows and Escape only — no mouse. At every
// Tab stop the focus is visible; dialogs keep the focus inside and give it back when they close.
import { expect, test, type Page } from "@playwright/test";
import { expectFocusVisible, focused, focusInside, tabTo } from "./a11yKeyboard";
import { DEMO, libraryRows, openLibrary, text } from "./realuseHelpers";

const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) =>
  text("vi", key, params);

const heading1 = (page: Page) => page.getByRole("heading", { level: 1 });

test("the library with the keyboard alone: skip link, new plan dialog, rename, delete and undo", async ({
  page,
}) => {
  await openLibrary(page);

  // The first Tab reaches "skip to content"; Enter puts the focus at the start of the page's content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: t("skipToContent") })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  await expect(libraryRows(page)).toHaveCount(5);

  // "New plan": the dialog takes the focus, keeps it while tabbing round, Escape gives it back.
  const newPlan = page.getByRole("button", { name: t("library.newPlan") });
  await tabTo(page, newPlan);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: t("new.heading") });
  await expect(dialog).toBeVisible();
  expect(await focusInside(dialog)).toBe(true);
  // A modal <dialog> makes the page behind inert: past its last button the focus goes to the
  // browser's own controls (nothing on the page), then comes back to the dialog's first button.
  const stops = await dialog.locator("button:enabled").count();
  let wrapped = false;
  for (let i = 0; i < stops + 2; i++) {
    await page.keyboard.press("Tab");
    const inside = await focusInside(dialog);
    const onPage = (await focused(page)).tag !== "body";
    expect(inside || !onPage, "Tab never reaches the page behind the dialog").toBe(true);
    if (inside) await expectFocusVisible(page);
    else wrapped = true;
  }
  expect(wrapped).toBe(true);
  expect(await focusInside(dialog), "after the browser's controls, Tab comes back to the dialog").toBe(true);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Shift+Tab");
    const inside = await focusInside(dialog);
    expect(inside || (await focused(page)).tag === "body", "nor does Shift+Tab").toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(newPlan).toBeFocused();

  // Rename in place: Enter opens the field with the focus in it, Enter saves, the focus comes back.
  const ninhBinh = libraryRows(page).filter({ hasText: "Ninh Bình" });
  const oldTitle = (await ninhBinh.locator("a.plan-link").textContent()) ?? "";
  const renameButton = page.getByRole("button", {
    name: t("library.actionFor", { action: t("library.rename"), title: oldTitle }),
  });
  await tabTo(page, renameButton);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(t("library.renameLabel"))).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Ninh Bình — bàn phím");
  await page.keyboard.press("Enter");
  const renamed = page.getByRole("button", {
    name: t("library.actionFor", { action: t("library.rename"), title: "Ninh Bình — bàn phím" }),
  });
  await expect(renamed).toBeFocused();
  // Escape leaves the field without saving, and the focus comes back too.
  await page.keyboard.press("Enter");
  await page.keyboard.type(" (bỏ)");
  await page.keyboard.press("Escape");
  await expect(renamed).toBeFocused();
  await expect(libraryRows(page).filter({ hasText: "Ninh Bình — bàn phím" })).toHaveCount(1);

  // Delete: the notice's "undo" can be reached at once, and undo brings the plan back.
  const deleteButton = page.getByRole("button", {
    name: t("library.actionFor", { action: t("delete"), title: "Ninh Bình — bàn phím" }),
  });
  await tabTo(page, deleteButton);
  await page.keyboard.press("Enter");
  await expect(libraryRows(page)).toHaveCount(4);
  await expect(page.getByRole("button", { name: t("undo") })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(libraryRows(page)).toHaveCount(5);
  await expect(page.getByRole("link", { name: "Ninh Bình — bàn phím" })).toBeFocused();

  // Delete again and let it go: Escape closes the notice; the trash opens with Enter and restores.
  await tabTo(page, deleteButton);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: t("undo") })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: t("undo") })).toHaveCount(0);
  expect((await focused(page)).tag).not.toBe("body");
  const trash = page.getByText(t("trash.heading", { n: 1 }));
  await tabTo(page, trash);
  await page.keyboard.press("Enter");
  await tabTo(page, page.locator(".trash-list").getByRole("button", { name: t("trash.restore") }));
  await page.keyboard.press("Enter");
  await expect(libraryRows(page)).toHaveCount(5);

  // Sort by title with the arrow keys.
  await tabTo(page, page.getByLabel(t("library.sortBy")), { back: true });
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel(t("library.sortBy"))).toHaveValue("title");
});

test("a plan with the keyboard alone: details, dashboard, a chart, report and presentation", async ({
  page,
}) => {
  await openLibrary(page);
  // Open the plan from its title link.
  await tabTo(page, page.getByRole("link", { name: DEMO }));
  await page.keyboard.press("Enter");
  await expect(heading1(page)).toContainText("minh họa");
  // The link that opened the page is gone: the focus starts at the page's content, not at its top.
  expect(await focusInside(page.locator("#main"))).toBe(true);
  // A plan opens on its grid; the details are the "Chi tiết" tab.
  await tabTo(page, page.locator(".tab-bar").getByRole("link", { name: t("tab.details") }));
  await page.keyboard.press("Enter");

  // Details: change the issuing body, Enter saves it.
  const body = page.getByLabel(t("issuingBody"));
  await tabTo(page, body);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("UBND tỉnh Trà Vinh (bàn phím)");
  await page.keyboard.press("Enter");
  await expect(page.locator(".facts")).toContainText("UBND tỉnh Trà Vinh (bàn phím)");
  // Undo from the toolbar, with Shift+Tab back up the page.
  await tabTo(page, page.getByRole("button", { name: `↶ ${t("undo")}` }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator(".facts")).not.toContainText("(bàn phím)");

  // The dashboard tab (just before undo and redo, at the tabs' right); a status filter chosen with
  // the arrow keys; a tile's chart.
  await tabTo(page, page.getByRole("link", { name: t("tab.charts") }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator(".tile").first()).toBeVisible();
  await expect(page.getByRole("link", { name: t("tab.charts") })).toBeFocused();
  const statusFilter = page.locator(".filters").getByLabel(t("status"));
  await tabTo(page, statusFilter);
  await page.keyboard.press("ArrowDown");
  await expect(statusFilter).toHaveValue("onTrack");
  const shown = await page.locator(".tile").count();
  await expect(page.locator(".filters")).toContainText(`${shown}`);
  await page.keyboard.press("Home");
  await expect(statusFilter).toHaveValue("");
  const firstTile = page.locator(".tile-title a").first();
  const tileName = (await firstTile.textContent()) ?? "";
  await tabTo(page, firstTile);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: tileName })).toBeVisible();

  // The chart: per period with Space, back to cumulative with Enter.
  const perPeriod = page.getByRole("button", { name: t("chart.perPeriod") });
  await tabTo(page, perPeriod);
  await page.keyboard.press("Space");
  await expect(perPeriod).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: t("chart.cumulative") })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // The report: another period chosen with the arrow keys.
  await tabTo(page, page.getByRole("link", { name: t("tab.report") }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator(".report-table")).toBeVisible();
  const period = page.getByLabel(t("report.period"));
  await tabTo(page, period);
  const before = await period.inputValue();
  await page.keyboard.press("ArrowUp");
  await expect(period).not.toHaveValue(before);

  // The presentation: Enter starts it, the keys move, Tab stays inside, Escape leaves.
  await tabTo(page, page.getByRole("link", { name: t("tab.charts") }), { back: true });
  await page.keyboard.press("Enter");
  const present = page.getByRole("link", { name: `▶ ${t("charts.present")}` });
  await tabTo(page, present);
  await page.keyboard.press("Enter");
  const show = page.getByRole("dialog", { name: t("present.title") });
  await expect(show).toBeVisible();
  const count = show.locator(".slide-count");
  await expect(count).toContainText(t("present.slideOf", { n: 1, total: 9 }));
  await page.keyboard.press("ArrowRight");
  await expect(count).toContainText(t("present.slideOf", { n: 2, total: 9 }));
  await page.keyboard.press("Space");
  await page.keyboard.press("PageDown");
  await expect(count).toContainText(t("present.slideOf", { n: 4, total: 9 }));
  await page.keyboard.press("PageUp");
  await page.keyboard.press("ArrowLeft");
  await expect(count).toContainText(t("present.slideOf", { n: 2, total: 9 }));
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInside(show), "Tab stays inside the presentation").toBe(true);
    await expectFocusVisible(page);
  }
  await page.keyboard.press("Escape");
  await expect(show).toBeHidden();
  await expect(page.locator(".tile").first()).toBeVisible();
  await expect(present).toBeFocused();
});

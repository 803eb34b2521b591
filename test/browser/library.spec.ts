import { expect, test, type Page } from "@playwright/test";

// Each test runs in a fresh browser context: an empty IndexedDB, i.e. the very first run.

const rows = (page: Page) => page.locator(".library-table tbody tr");
const row = (page: Page, title: string | RegExp) =>
  rows(page).filter({ has: page.getByRole("link", { name: title }) });
const saveStatus = (page: Page) => page.locator(".save-status");
// A plan opens on its grid; its details are in the "Chi tiết" tab.
const details = (page: Page) => page.locator(".tab-bar").getByRole("link", { name: "Chi tiết" }).click();

async function openLibrary(page: Page) {
  await page.goto("./");
  await expect(rows(page)).toHaveCount(5);
}

test("the first run fills the library with one editable plan per built-in programme", async ({ page }) => {
  await openLibrary(page);
  for (const name of ["Bạc Liêu", "Trà Vinh giai đoạn", "Bến Tre", "Ninh Bình", "số liệu minh họa"]) {
    await expect(row(page, new RegExp(name))).toHaveCount(1);
  }
  await expect(row(page, /Trà Vinh giai đoạn/)).toContainText("Trà Vinh (cũ, nay thuộc Vĩnh Long)");
  await expect(row(page, /Trà Vinh giai đoạn/)).toContainText("2021–2025");
  // The read-only originals stay visible below.
  await expect(page.getByRole("heading", { name: "Chương trình có sẵn" })).toBeVisible();
  // Seeding happens once: after a reload there are still five.
  await page.reload();
  await expect(rows(page)).toHaveCount(5);
  await expect(saveStatus(page)).toContainText("Đã lưu");
  await expect(page.locator("[data-persistence]")).not.toHaveAttribute("data-persistence", "unknown");
});

test("search ignores accents and sort follows Vietnamese order", async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel("Tìm kế hoạch").fill("tra vinh");
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel("Tìm kế hoạch").fill("ninh binh 2020");
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel("Tìm kế hoạch").fill("không có kế hoạch này");
  await expect(page.getByText("Không có kế hoạch nào khớp")).toBeVisible();
  await page.getByLabel("Tìm kế hoạch").fill("");
  await page.getByLabel("Sắp xếp theo").selectOption("title");
  await expect(rows(page).first()).toContainText(
    "Chương trình hỗ trợ phát triển KTTT, HTX giai đoạn 2021–2025 tỉnh Bạc Liêu",
  );
  await expect(rows(page).last()).toContainText("Trà Vinh 2021–2025 — số liệu minh họa");
});

test("create, rename, duplicate, delete and undo; reload keeps everything", async ({ page }) => {
  await openLibrary(page);

  // New plan from a template: a fresh copy opens.
  await page.getByRole("button", { name: "Kế hoạch mới" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /Bến Tre/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bến Tre");
  await page.getByRole("link", { name: "Quay lại" }).click();
  await expect(rows(page)).toHaveCount(6);

  // A blank plan.
  await page.getByRole("button", { name: "Kế hoạch mới" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /Kế hoạch trống/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch mới");
  await page.getByRole("link", { name: "Quay lại" }).click();
  await expect(rows(page)).toHaveCount(7);

  // Rename in place; an empty title is refused with a message.
  await page.getByRole("button", { name: "Đổi tên: Kế hoạch mới" }).click();
  const input = page.getByLabel("Tên mới");
  await input.fill("");
  await input.press("Enter");
  await expect(page.getByRole("alert")).toHaveText("Không được để trống");
  await input.fill("Kế hoạch phát triển HTX xã Long Hòa 2026");
  await input.press("Enter");
  await expect(row(page, "Kế hoạch phát triển HTX xã Long Hòa 2026")).toHaveCount(1);

  // Duplicate: a copy with its own id.
  await page.getByRole("button", { name: /^Nhân bản: Kế hoạch phát triển HTX xã Long Hòa/ }).click();
  await expect(row(page, "Kế hoạch phát triển HTX xã Long Hòa 2026 (bản sao)")).toHaveCount(1);
  await expect(rows(page)).toHaveCount(8);

  // Delete, then undo from the notice.
  await page.getByRole("button", { name: "Xóa: Kế hoạch phát triển HTX xã Long Hòa 2026 (bản sao)" }).click();
  await expect(rows(page)).toHaveCount(7);
  await expect(page.getByRole("status").filter({ hasText: "vào thùng rác" })).toBeVisible();
  await page.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(row(page, "Kế hoạch phát triển HTX xã Long Hòa 2026 (bản sao)")).toHaveCount(1);

  // Delete again, restore from the trash; then delete and keep it deleted.
  const copyTitle = "Kế hoạch phát triển HTX xã Long Hòa 2026 (bản sao)";
  await page.getByRole("button", { name: `Xóa: ${copyTitle}` }).click();
  await page.getByText("Thùng rác (1)").click();
  await page
    .locator(".trash-list li", { hasText: copyTitle })
    .getByRole("button", { name: "Khôi phục" })
    .click();
  await expect(row(page, copyTitle)).toHaveCount(1);
  await page.getByRole("button", { name: `Xóa: ${copyTitle}` }).click();
  await expect(rows(page)).toHaveCount(7);

  await page.reload();
  await expect(rows(page)).toHaveCount(7);
  await expect(row(page, "Kế hoạch phát triển HTX xã Long Hòa 2026")).toHaveCount(1);
  await expect(row(page, copyTitle)).toHaveCount(0);
  await expect(page.getByText("Thùng rác (1)")).toBeVisible();
});

test("the details form edits through the one edit path, refuses bad values, undoes, and survives a reload", async ({
  page,
}) => {
  await openLibrary(page);
  await row(page, /Ninh Bình/)
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ninh Bình");
  await details(page);
  const url = page.url();

  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Ninh Bình (mới)");
  await page.getByLabel("Cơ quan ban hành").press("Enter");
  await expect(page.locator(".facts")).toContainText("UBND tỉnh Ninh Bình (mới)");

  // A period that ends before it starts is refused at the field, and nothing changes.
  await page.getByLabel("Năm kết thúc").fill("2019");
  await page.getByLabel("Năm kết thúc").press("Enter");
  await expect(page.locator("#f-endYear-error")).toHaveText("Năm kết thúc trước năm bắt đầu");
  await page.getByLabel("Năm kết thúc").press("Escape");
  await page.getByLabel("Năm kết thúc").fill("2021");
  await page.getByLabel("Năm kết thúc").press("Enter");
  await expect(page.locator(".facts")).toContainText("2020–2021");

  await page.getByLabel("Tỉnh", { exact: true }).selectOption({ label: "Ninh Bình" });
  await expect(page.locator(".facts dd").first()).toHaveText("Ninh Bình");

  // Sub-areas: add two, rename one; the indicator table then offers a sub-area selector.
  await page.getByLabel("Tên địa bàn mới").fill("Xã Gia Viễn");
  await page.getByRole("button", { name: "Thêm địa bàn" }).click();
  await page.getByLabel("Tên địa bàn mới").fill("Xã Nho Quan");
  await page.getByRole("button", { name: "Thêm địa bàn" }).click();
  await page.getByLabel("Tên địa bàn 2").fill("Xã Nho Quan mới");
  await page.getByLabel("Tên địa bàn 2").press("Enter");
  await expect(page.getByLabel("Xem số liệu của")).toBeVisible();

  // Undo the rename.
  await page.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(page.getByLabel("Tên địa bàn 2")).toHaveValue("Xã Nho Quan");

  await expect(saveStatus(page)).toContainText("Đã lưu");
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.locator(".facts")).toContainText("UBND tỉnh Ninh Bình (mới)");
  await expect(page.locator(".facts")).toContainText("2020–2021");
  await expect(page.getByLabel("Tên địa bàn 1")).toHaveValue("Xã Gia Viễn");
  await expect(page.getByLabel("Tên địa bàn 2")).toHaveValue("Xã Nho Quan");
});

test("two pages see each other's changes", async ({ page, context }) => {
  await openLibrary(page);
  const other = await context.newPage();
  await openLibrary(other);

  // A rename in one page appears in the other's library.
  await page
    .getByRole("button", { name: /^Đổi tên: Kế hoạch phát triển kinh tế tập thể tỉnh Ninh Bình/ })
    .click();
  await page.getByLabel("Tên mới").fill("Ninh Bình 2020 — bản làm việc");
  await page.getByLabel("Tên mới").press("Enter");
  await expect(row(other, "Ninh Bình 2020 — bản làm việc")).toHaveCount(1);

  // Both open the same plan; an edit in one shows in the other at once.
  await row(page, "Ninh Bình 2020 — bản làm việc").getByRole("link").click();
  await row(other, "Ninh Bình 2020 — bản làm việc").getByRole("link").click();
  await details(page);
  await details(other);
  await other.getByLabel("Ghi chú").fill("Ghi chú từ trang thứ hai");
  await other.getByLabel("Ghi chú").blur();
  await expect(page.getByLabel("Ghi chú")).toHaveValue("Ghi chú từ trang thứ hai");
  await page.getByLabel("Cơ quan ban hành").fill("Sở Tài chính");
  await page.getByLabel("Cơ quan ban hành").press("Enter");
  await expect(other.locator(".facts")).toContainText("Sở Tài chính");

  // Undo in the second page of a value the first has not touched works; the first page sees it.
  await other.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(page.getByLabel("Ghi chú")).not.toHaveValue("Ghi chú từ trang thứ hai");
});

test("undo leaves a value that another page changed since", async ({ page, context }) => {
  await openLibrary(page);
  await row(page, /Bến Tre/)
    .getByRole("link")
    .click();
  await details(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await page.getByLabel("Ghi chú").fill("Bản của trang một");
  await page.getByLabel("Ghi chú").blur();
  await expect(other.getByLabel("Ghi chú")).toHaveValue("Bản của trang một");
  await other.getByLabel("Ghi chú").fill("Bản của trang hai");
  await other.getByLabel("Ghi chú").blur();
  await expect(page.getByLabel("Ghi chú")).toHaveValue("Bản của trang hai");
  await page.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(page.locator(".edit-message")).toContainText("vừa được sửa ở một thẻ khác");
  await expect(page.getByLabel("Ghi chú")).toHaveValue("Bản của trang hai");
});

test("a failed write shows 'not saved', is retried, and reaches storage", async ({ page }) => {
  await openLibrary(page);
  await row(page, /Bạc Liêu/)
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bạc Liêu");
  await details(page);
  await page.evaluate(() =>
    (window as unknown as { __htxTest: { failNextWrites: (n: number) => void } }).__htxTest.failNextWrites(2),
  );
  await page.getByLabel("Số văn bản").fill("332/QĐ-UBND (sửa)");
  await page.getByLabel("Số văn bản").press("Enter");
  await expect(saveStatus(page)).toContainText("Chưa lưu: bộ nhớ của trình duyệt đã đầy");
  // The change stays on screen while it waits.
  await expect(page.locator(".facts")).toContainText("332/QĐ-UBND (sửa)");
  await expect(saveStatus(page)).toContainText("Đã lưu");
  await page.reload();
  await expect(page.locator(".facts")).toContainText("332/QĐ-UBND (sửa)");
});

test("a newer version opened elsewhere stops this page from writing and asks to reload", async ({
  page,
  context,
}) => {
  await openLibrary(page);
  await row(page, /Bạc Liêu/)
    .getByRole("link")
    .click();
  await details(page);
  await expect(page.getByLabel("Ghi chú")).toBeEnabled();
  const other = await context.newPage();
  await other.goto("./#/nowhere");
  // What a newer app version does on open: ask for a higher database version.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open("htx-plan", 1000);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await expect(page.getByRole("alert").filter({ hasText: "phiên bản mới hơn" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tải lại trang" })).toBeVisible();
  await expect(page.getByLabel("Ghi chú")).toBeDisabled();
});

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { validate } from "../unit/io/miniJsonSchema";
import { expectAccessible } from "./axe";
import { chooseIn } from "./gridHelpers";
import {
  DEMO,
  download,
  dropFiles,
  dumpDatabase,
  editPlanFile,
  forbidScripts,
  importCard,
  importDialog,
  indicator,
  openLibrary,
  row,
  rows,
  TRA_VINH,
  exportFromLibrary,
} from "./sharingHelpers";

// Each test runs in a fresh browser context: the first run, five plans in the library.

const schema = JSON.parse(readFileSync("public/htxplan.schema.json", "utf8")) as Record<string, unknown>;

test("export downloads a plan file named after the plan that validates against the published schema", async ({
  page,
}) => {
  await openLibrary(page);
  const file = await exportFromLibrary(page, TRA_VINH);
  expect(file.name).toBe("tra-vinh-2021-2025.htxplan.json");
  const json = JSON.parse(file.bytes.toString("utf8")) as Record<string, unknown>;
  expect(validate(schema, json)).toEqual([]);
  expect(json.format).toBe("htx-plan");

  // From the plan page too, in one click on its details; the demo plan has sub-areas and actuals.
  await row(page, DEMO).getByRole("link").click();
  await page.locator(".tab-bar").getByRole("link", { name: "Chi tiết" }).click();
  const fromPage = await download(page, () =>
    page.getByRole("button", { name: "Xuất tệp kế hoạch" }).click(),
  );
  expect(fromPage.name).toBe("tra-vinh-2021-2025-minh-hoa.htxplan.json");
  expect(validate(schema, JSON.parse(fromPage.bytes.toString("utf8")))).toEqual([]);
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất tệp" })).toBeVisible();
});

test("drop an exported file back, merge the differing cells, reload: the values are there; undo takes them back", async ({
  page,
}) => {
  await openLibrary(page);
  const exported = await exportFromLibrary(page, DEMO);
  // A colleague changed two actuals of indicator 1 in Trà Cú: 2024 21 → 30, 2025 20 → 25.
  const changed = editPlanFile(exported.bytes, (f) => {
    const s = indicator(f, "1").series["tra-cu"]!;
    s.actual["2024"]!.value = 30;
    s.actual["2025"]!.value = 25;
  });
  await dropFiles(page, [{ name: exported.name, bytes: changed }]);
  const card = importCard(page, DEMO);
  await expect(card).toContainText("Kế hoạch này đã có trên máy này");
  await expect(card).toContainText("Tệp: tra-vinh-2021-2025-minh-hoa.htxplan.json");
  await card.getByRole("button", { name: "Gộp số liệu…" }).click();
  const table = card.locator(".diff-table");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expectAccessible(page, "the import screen with a merge table");
  await expect(table).toContainText("Huyện Trà Cú");
  await expect(table).toContainText("TH 2024");
  const first = table.locator("tbody tr").filter({ hasText: "TH 2024" });
  await expect(first.locator("td").nth(4)).toContainText("21 (chính thức)");
  await expect(first.locator("td").nth(5)).toContainText("30 (chính thức)");
  // Keep the local 2025 value for this one row; take the file's 2024.
  const second = table.locator("tbody tr").filter({ hasText: "TH 2025" });
  await second.getByRole("radio", { name: /^Trên máy này/ }).check();
  await card.getByRole("button", { name: "Gộp 1 thay đổi" }).click();
  await expect(card).toContainText("Đã gộp số liệu");
  await card.getByRole("button", { name: "Mở kế hoạch" }).click();
  await page.locator(".tab-bar").getByRole("link", { name: "Chi tiết" }).click();

  const toDate = page
    .locator(".indicator-table tbody tr")
    .filter({ hasText: "Phát triển mới tổ hợp tác" })
    .locator("td")
    .nth(5);
  await chooseIn(page.getByRole("combobox", { name: "Xem số liệu của" }), "Huyện Trà Cú", "Huyện Trà Cú");
  // 18 + 22 + 19 + 30 + 20 (2025 kept local) = 109.
  await expect(toDate).toContainText("109");
  // The merge was one edit through the plan's edit path: one undo takes it back, redo again.
  await page.getByRole("button", { name: "Hoàn tác" }).click();
  await expect(toDate).toContainText("100");
  await page.getByRole("button", { name: "Làm lại" }).click();
  await expect(toDate).toContainText("109");

  await expect(page.locator(".save-status")).toContainText("Đã lưu");
  await page.reload();
  await chooseIn(page.getByRole("combobox", { name: "Xem số liệu của" }), "Huyện Trà Cú", "Huyện Trà Cú");
  await expect(toDate).toContainText("109");
});

test("export a sub-area for a commune, change it, merge it back: only that sub-area changed", async ({
  page,
}) => {
  await openLibrary(page);
  await row(page, DEMO).getByRole("link").click();
  await page.getByRole("link", { name: "Tệp & phiên bản" }).click();
  await chooseIn(page.getByRole("combobox", { name: "Địa bàn" }), "Huyện Càng Long", "Huyện Càng Long");
  const part = await download(page, () =>
    page.getByRole("button", { name: "Xuất phần của địa bàn này" }).click(),
  );
  expect(part.name).toBe("tra-vinh-2021-2025-minh-hoa-huyen-cang-long.htxplan.json");

  // The commune fills in its figures — and also renames an indicator, which must not be taken.
  const returned = editPlanFile(part.bytes, (f) => {
    expect(f.plan.subAreas).toEqual([{ id: "cang-long", code: "", name: "Huyện Càng Long", groupId: null }]);
    const ind = indicator(f, "1");
    ind.series["cang-long"]!.actual["2025"] = { value: 26, status: "final" };
    ind.name = "Tên do xã sửa";
    f.plan.title = "Xã đổi tên kế hoạch";
  });
  const before = await dumpDatabase(page);
  await dropFiles(page, [{ name: part.name, bytes: returned }]);
  const card = importCard(page, "Xã đổi tên kế hoạch");
  await expect(card).toContainText("Đây là phần số liệu của địa bàn «Huyện Càng Long» được gửi lại.");
  await expect(card.getByRole("button", { name: /^Thay thế/ })).toHaveCount(0);
  await card.getByRole("button", { name: "Gộp vào địa bàn «Huyện Càng Long»…" }).click();
  await expect(card.locator(".diff-table tbody tr")).toHaveCount(1);
  await expect(card.locator(".diff-table")).toContainText("16 (ước)");
  await expect(card.locator(".diff-table")).toContainText("26 (chính thức)");
  await card.getByRole("button", { name: "Gộp 1 thay đổi" }).click();
  await expect(card).toContainText("Đã gộp số liệu");
  const pending = () =>
    page.evaluate(() =>
      (window as unknown as { __htxTest: { pendingWrites: () => number } }).__htxTest.pendingWrites(),
    );
  await expect.poll(pending).toBe(0);

  const after = await dumpDatabase(page);
  const added = (table: string) => after[table]!.filter((r) => !before[table]!.includes(r));
  const removed = (table: string) => before[table]!.filter((r) => !after[table]!.includes(r));
  // Exactly one record of values changed (one per indicator and area since storage version 2), in
  // Càng Long; no indicator, task or plan detail changed.
  expect(added("series").map((r) => JSON.parse(r as string).area)).toEqual(["cang-long"]);
  expect(removed("series").map((r) => JSON.parse(r as string).area)).toEqual(["cang-long"]);
  expect(added("indicators")).toEqual([]);
  expect(added("tasks")).toEqual([]);
  expect(added("plans")).toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO);
});

test("a refused file leaves every stored plan as it was, and says what is wrong and where", async ({
  page,
}) => {
  await openLibrary(page);
  const exported = await exportFromLibrary(page, DEMO);
  const badValue = editPlanFile(exported.bytes, (f) => {
    indicator(f, "2").series["tra-cu"]!.actual["2023"]!.value = -5;
  });
  const truncated = exported.bytes.subarray(0, 2000);
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  const before = await dumpDatabase(page);

  await dropFiles(page, [
    { name: "sua-tay.htxplan.json", bytes: badValue },
    { name: "bi-cat.htxplan.json", bytes: truncated },
    { name: "anh.png", bytes: png, type: "image/png" },
  ]);
  // A spreadsheet (.xlsx, .csv) dropped goes to the spreadsheet import: spreadsheet-import.spec.ts.
  const dialog = importDialog(page);
  const refused = (name: string) => dialog.getByRole("article", { name: `Không nhập được tệp ${name}` });
  await expect(refused("sua-tay.htxplan.json")).toContainText("Kế hoạch trong tệp có 1 lỗi");
  await expect(refused("sua-tay.htxplan.json")).toContainText(
    "Chỉ tiêu 2, địa bàn Huyện Trà Cú, năm 2023, thực hiện: Không được là số âm",
  );
  await expect(refused("bi-cat.htxplan.json")).toContainText("Tệp không đúng định dạng JSON");
  await expect(refused("anh.png")).toContainText("Đây là một tệp ảnh");
  for (const name of ["sua-tay.htxplan.json", "anh.png"])
    await expect(refused(name)).toContainText("Dữ liệu đã lưu không bị thay đổi.");
  await dialog.getByRole("button", { name: "Đóng" }).click();
  expect(await dumpDatabase(page)).toEqual(before);
  await expect(rows(page)).toHaveCount(5);
});

const HOSTILE_TITLE = "<img src=x onerror=alert(1)> Kế hoạch <b>đậm</b>";
const HOSTILE_NAME = "<script>alert('x')</script> Số HTX";

test("hostile names in an imported plan are shown as text everywhere, and nothing runs", async ({ page }) => {
  const { errors } = forbidScripts(page);
  await openLibrary(page);
  const exported = await exportFromLibrary(page, DEMO);
  const hostile = editPlanFile(exported.bytes, (f) => {
    f.plan.id = "hostile-plan";
    f.plan.title = HOSTILE_TITLE;
    indicator(f, "1").name = HOSTILE_NAME;
    f.plan.subAreas[0]!.name = "<svg onload=alert(2)>";
  });
  await dropFiles(page, [{ name: "hostile.htxplan.json", bytes: hostile }]);
  const card = importCard(page, HOSTILE_TITLE);
  await expect(card.getByRole("heading", { level: 3 })).toContainText(HOSTILE_TITLE);
  await card.getByRole("button", { name: "Thêm vào thư viện" }).click();
  await expect(card).toContainText("Đã thêm vào thư viện");
  await importDialog(page).getByRole("button", { name: "Đóng" }).click();

  await expect(row(page, HOSTILE_TITLE)).toHaveCount(1);
  await row(page, HOSTILE_TITLE).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE_TITLE);
  await expect(page.locator(".plan-grid .ag-row[row-index='1'] .ag-cell[col-id='name']")).toHaveText(
    HOSTILE_NAME,
  );
  await page.locator(".tab-bar").getByRole("link", { name: "Chi tiết" }).click();
  await expect(page.locator(".indicator-table")).toContainText(HOSTILE_NAME);
  await page.getByRole("link", { name: "Biểu đồ" }).click();
  await expect(page.getByText(HOSTILE_NAME).first()).toBeVisible();
  await page.getByRole("link", { name: "Báo cáo" }).click();
  await expect(page.getByText(HOSTILE_NAME).first()).toBeVisible();
  await expect(page.getByText(HOSTILE_TITLE).first()).toBeVisible();
  // No element was made from the text.
  await expect(page.locator("img[src='x'], main script, svg[onload]")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("installed as an app, a plan file handed over by the system opens in the import summary", async ({
  page,
}) => {
  const manifest = (await (await page.request.get("./manifest.webmanifest")).json()) as {
    file_handlers: { action: string; accept: Record<string, string[]> }[];
  };
  expect(manifest.file_handlers[0]?.accept["application/json"]).toContain(".json");

  const text = readFileSync("test/fixtures/plan-v1.htxplan.json", "utf8");
  // A stand-in for Chromium's launchQueue: the launch waits until a consumer is set, then goes to it
  // once (as the real one does).
  await page.addInitScript((fileText) => {
    let waiting = [{ files: [{ getFile: async () => new File([fileText], "mo-tu-may.htxplan.json") }] }];
    Object.defineProperty(window, "launchQueue", {
      configurable: true,
      value: {
        setConsumer: (consumer: (params: (typeof waiting)[number]) => void) => {
          const launches = waiting;
          waiting = [];
          launches.forEach(consumer);
        },
      },
    });
  }, text);
  await page.goto("./");
  const title = (JSON.parse(text) as { plan: { title: string } }).plan.title;
  await expect(importCard(page, title)).toContainText("Tệp: mo-tu-may.htxplan.json");
  await expect(importCard(page, title).getByRole("button", { name: "Thêm vào thư viện" })).toBeVisible();
  await expect(importDialog(page).getByRole("article")).toHaveCount(1);
});

test("back up every plan in one file and restore it on another computer", async ({ page, browser }) => {
  await openLibrary(page);
  const backup = await download(page, () =>
    page.getByRole("button", { name: "Sao lưu tất cả kế hoạch" }).click(),
  );
  expect(backup.name).toMatch(/^htx-plan-sao-luu-\d{4}-\d{2}-\d{2}\.htxplan-backup\.json$/);
  const json = JSON.parse(backup.bytes.toString("utf8")) as { format: string; plans: unknown[] };
  expect(json.format).toBe("htx-plan-backup");
  expect(json.plans).toHaveLength(5);
  for (const p of json.plans) expect(validate(schema, p)).toEqual([]);

  // Another computer: its own first run, then the backup restored through the same import screen.
  const other = await browser.newPage();
  await openLibrary(other);
  await other.getByRole("button", { name: "Khôi phục từ bản sao lưu…" }).click();
  await other.getByTestId("import-input").setInputFiles({
    name: backup.name,
    mimeType: "application/json",
    buffer: backup.bytes,
  });
  const dialog = importDialog(other);
  await expect(dialog.getByRole("article")).toHaveCount(5);
  await expect(dialog).toContainText("kế hoạch thứ 5 trong tệp sao lưu");
  await dialog.getByRole("button", { name: "Thêm tất cả 5 kế hoạch mới" }).click();
  await expect(dialog.getByText("Đã thêm vào thư viện.")).toHaveCount(5);
  await dialog.getByRole("button", { name: "Đóng" }).click();
  await expect(rows(other)).toHaveCount(10);
  await other.close();
});

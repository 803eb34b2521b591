import { expect, test } from "@playwright/test";
import readXlsxFile from "read-excel-file/universal";
import { expectAccessible } from "./axe";
import { chooseIn } from "./gridHelpers";
import {
  DEMO,
  download,
  dropFiles,
  editPlanFile,
  importCard,
  importDialog,
  indicator,
  openLibrary,
  row,
  TRA_VINH,
  exportFromLibrary,
} from "./sharingHelpers";

// Each test runs in a fresh browser context: the first run, five plans in the library.

/** RFC 4180 reader, independent of the app's writer. */
function readCsv(text: string, sep: string): string[][] {
  const out: string[][] = [];
  let field = "";
  let line: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      line.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      line.push(field);
      out.push(line);
      line = [];
      field = "";
      i++;
    } else field += c;
  }
  return out;
}

test("combine two seed programmes: the matching is shown, the new plan opens with the roll-up", async ({
  page,
}) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Hợp nhất kế hoạch…" }).click();
  const panel = page.locator(".combine-panel");
  await panel.getByRole("checkbox", { name: /tỉnh Bạc Liêu/ }).check();
  await panel.getByRole("checkbox", { name: /Trà Vinh giai đoạn 2021–2025/ }).check();
  await panel.getByRole("button", { name: "Tiếp tục: ghép chỉ tiêu" }).click();
  const table = panel.locator(".matching-table");
  await expect(table.locator("thead")).toContainText("Bạc Liêu");
  await expect(table.locator("thead")).toContainText("Trà Vinh");
  // New HTX of both programmes are matched on one row (their names differ only in wording).
  const htx = table.locator("tbody tr").filter({ hasText: "Thành lập mới hợp tác xã" });
  await expect(htx.getByRole("combobox").nth(1)).toHaveValue(/.+/);
  await expectAccessible(page, "the matching of indicators");
  await expect(htx.getByRole("combobox").nth(1).locator("option:checked")).toHaveText(
    "2. Phát triển mới hợp tác xã",
  );
  await panel.getByRole("combobox", { name: "Tỉnh" }).selectOption({ label: "Vĩnh Long" });
  await panel.getByRole("button", { name: "Tạo kế hoạch hợp nhất" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("(hợp nhất)");
  const ind = page.locator(".indicator-table tbody tr").filter({ hasText: "Thành lập mới hợp tác xã" });
  // Bạc Liêu 100 + Trà Vinh 50 new HTX.
  await expect(ind.locator("td").nth(3)).toHaveText("150");
  await chooseIn(page.getByRole("combobox", { name: "Xem số liệu của" }), "Trà Vinh", "Trà Vinh");
  await expect(ind.locator("td").nth(3)).toHaveText("50");
});

test("roll a programme forward: the draft opens and shows where each baseline came from", async ({
  page,
}) => {
  await openLibrary(page);
  await row(page, DEMO).getByRole("link").click();
  await page.getByRole("link", { name: "Tệp & phiên bản" }).click();
  await expect(page.getByLabel("Năm bắt đầu")).toHaveValue("2026");
  await expect(page.getByLabel("Năm kết thúc")).toHaveValue("2030");
  await expect(page.getByLabel("Tên kế hoạch mới")).toHaveValue("Trà Vinh 2026–2030 — số liệu minh họa");
  await page.getByRole("button", { name: "Lập dự thảo" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Trà Vinh 2026–2030 — số liệu minh họa",
  );
  const origins = page.locator(".baseline-origins tbody tr");
  const members = origins.filter({ hasText: "Thành viên tổ hợp tác" }).filter({ hasText: "Huyện Trà Cú" });
  await expect(members.locator("td").nth(3)).toHaveText("8.400");
  await expect(members.locator("td").nth(4)).toContainText("Năm gốc lấy từ số thực hiện năm 2025 (ước)");
  const newThts = origins
    .filter({ hasText: "Phát triển mới tổ hợp tác" })
    .filter({ hasText: "Huyện Càng Long" });
  await expect(newThts.locator("td").nth(3)).toHaveText("16");
  // The old programme is still there, unchanged.
  await page.getByRole("link", { name: "Quay lại" }).click();
  await expect(row(page, DEMO)).toHaveCount(1);
});

test("CSV and Excel exports open with the expected cells and neutralise formula-like text", async ({
  page,
}) => {
  await openLibrary(page);
  const exported = await exportFromLibrary(page, DEMO);
  const edited = editPlanFile(exported.bytes, (f) => {
    f.plan.id = "injection";
    f.plan.title = "Kế hoạch thử xuất bảng tính";
    indicator(f, "1").name = '=HYPERLINK("http://x","bấm")';
    indicator(f, "2").name = "@SUM(A1:A9)";
    indicator(f, "3").name = "-2+3";
  });
  await dropFiles(page, [{ name: "thu.htxplan.json", bytes: edited }]);
  await importCard(page, "Kế hoạch thử xuất bảng tính")
    .getByRole("button", { name: "Thêm vào thư viện" })
    .click();
  await importDialog(page).getByRole("button", { name: "Mở kế hoạch" }).click();
  await page.locator(".tab-bar").getByRole("link", { name: "Chi tiết" }).click();

  const csv = await download(page, () => page.getByRole("button", { name: "Xuất CSV" }).click());
  expect(csv.name).toBe("tra-vinh-2021-2025-minh-hoa.csv");
  const text = csv.bytes.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const table = readCsv(text.slice(1), ";");
  const header = table[0]!;
  const col = (name: string) => header.indexOf(name);
  expect(col("Mã")).toBeGreaterThanOrEqual(0);
  const byCode = (code: string) => table.find((r) => r[col("Mã")] === code)!;
  expect(byCode("1")[col("Chỉ tiêu")]).toBe('\'=HYPERLINK("http://x","bấm")');
  expect(byCode("2")[col("Chỉ tiêu")]).toBe("'@SUM(A1:A9)");
  expect(byCode("3")[col("Chỉ tiêu")]).toBe("'-2+3");
  // Whole-plan actual of 2021 for new THT: 18 + 12 + 10.
  expect(byCode("1")[col("TH 2021")]).toBe("40");

  const xlsx = await download(page, () => page.getByRole("button", { name: "Xuất Excel" }).click());
  expect(xlsx.name).toBe("tra-vinh-2021-2025-minh-hoa.xlsx");
  const buffer = xlsx.bytes.buffer.slice(
    xlsx.bytes.byteOffset,
    xlsx.bytes.byteOffset + xlsx.bytes.byteLength,
  );
  const sheets = await readXlsxFile(buffer as ArrayBuffer);
  const rowsX = sheets[0]!.data;
  const h = rowsX[0]!.map(String);
  const x = (code: string) => rowsX.find((r) => String(r[h.indexOf("Mã")]) === code)!;
  expect(x("1")[h.indexOf("Chỉ tiêu")]).toBe('\'=HYPERLINK("http://x","bấm")');
  expect(x("3")[h.indexOf("Chỉ tiêu")]).toBe("'-2+3");
  expect(x("1")[h.indexOf("TH 2021")]).toBe(40);
});

test("snapshots: save a named version, see what changed, restore it", async ({ page }) => {
  await openLibrary(page);
  await row(page, DEMO).getByRole("link").click();
  await page.getByRole("link", { name: "Tệp & phiên bản" }).click();
  await page.getByLabel("Tên phiên bản").fill("Dự thảo lần 2");
  await page.getByRole("button", { name: "Lưu phiên bản" }).click();
  await expect(page.locator(".snapshot-list li")).toHaveCount(1);
  await expect(page.locator(".snapshot-list")).toContainText("Dự thảo lần 2");
  await expectAccessible(page, "the plan's files and versions tab");

  await page.getByRole("link", { name: "Chi tiết" }).click();
  const title = page.getByLabel("Tên", { exact: true });
  await title.fill("Trà Vinh — bản đang sửa");
  await title.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trà Vinh — bản đang sửa");

  await page.getByRole("link", { name: "Tệp & phiên bản" }).click();
  await page.getByRole("button", { name: "Xem thay đổi" }).click();
  const diff = page.locator(".snapshot-compare tbody tr");
  await expect(diff).toHaveCount(1);
  await expect(diff.locator("td").nth(4)).toHaveText("Trà Vinh — bản đang sửa");
  await expect(diff.locator("td").nth(5)).toHaveText(DEMO);

  await page.getByRole("button", { name: "Khôi phục…" }).click();
  await page.getByRole("button", { name: "Khôi phục", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO);
  // The plan as it was before restoring is kept as a version of its own.
  await expect(page.locator(".snapshot-list li")).toHaveCount(2);
  await expect(page.locator(".snapshot-list")).toContainText("Trước khi khôi phục");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO);
});

test("a reminder to back up plans changed and not exported for 14 days; backing up clears it", async ({
  page,
}) => {
  await openLibrary(page);
  await expect(page.getByRole("region", { name: "Nhắc sao lưu" })).toHaveCount(0);
  const exported = await exportFromLibrary(page, TRA_VINH);
  const day = 24 * 60 * 60 * 1000;
  const old = editPlanFile(exported.bytes, (f) => {
    f.plan.id = "old-work";
    f.plan.title = "Kế hoạch sửa từ tháng trước";
    f.plan.createdAt = new Date(Date.now() - 40 * day).toISOString();
    f.plan.updatedAt = new Date(Date.now() - 20 * day).toISOString();
  });
  await dropFiles(page, [{ name: "cu.htxplan.json", bytes: old }]);
  await importCard(page, "Kế hoạch sửa từ tháng trước")
    .getByRole("button", { name: "Thêm vào thư viện" })
    .click();
  await importDialog(page).getByRole("button", { name: "Đóng" }).click();
  const banner = page.getByRole("region", { name: "Nhắc sao lưu" });
  await expect(banner).toContainText("1 kế hoạch đã thay đổi nhưng chưa được xuất ra tệp trong 14 ngày qua");
  await download(page, () => banner.getByRole("button", { name: "Sao lưu tất cả kế hoạch" }).click());
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(row(page, "Kế hoạch sửa từ tháng trước")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Nhắc sao lưu" })).toHaveCount(0);
});

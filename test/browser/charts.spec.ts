import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { indicatorFigures } from "../../src/domain/rollup";
import { formatNumber } from "../../src/i18n/numbers";
import { demoTraVinh } from "../../src/templates/demoTraVinh";

const DEMO = "#/template/demo-tra-vinh-2021-2025";
const TRA_VINH = "#/template/tra-vinh-2021-2025";

const vi = (n: number) => formatNumber(n, "vi", n >= 100 ? 0 : 2);

/** Width and height from a PNG's IHDR chunk; throws unless the bytes are a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}

test("a seed programme's chart shows the plan with one point per period and the target line", async ({
  page,
}) => {
  await page.goto(`./${TRA_VINH}`);
  await page.getByRole("link", { name: "Biểu đồ và báo cáo" }).click();
  await expect(page.getByRole("heading", { name: "Bảng theo dõi chỉ tiêu" })).toBeVisible();
  await page.getByRole("link", { name: "2. Phát triển mới hợp tác xã" }).click();
  const chart = page.locator(".indicator-panel .chart-box svg.recharts-surface");
  await expect(chart.locator("circle.dot-plan")).toHaveCount(5);
  await expect(chart.locator(".target-line")).toHaveCount(1);
  await expect(page.locator(".indicator-panel svg text.recharts-label")).toHaveText("Mục tiêu 50");
  // The seed has no actuals yet.
  await expect(chart.locator("circle.dot-actual")).toHaveCount(0);
  await expect(page.locator(".indicator-panel .summary-line")).toContainText("Chưa có số liệu");
});

test("actuals, estimates and the cumulative toggle follow the model", async ({ page }) => {
  const ind = demoTraVinh.indicators.find((i) => i.id === "demo-2")!;
  const f = indicatorFigures(demoTraVinh, ind)!;
  await page.goto(`./${DEMO}/chart/demo-2`);
  const panel = page.locator(".indicator-panel");
  const chart = panel.locator(".chart-box svg.recharts-surface");
  // Four final actuals drawn filled, the last year's estimate hollow; legend says "ước".
  await expect(chart.locator("circle.dot-plan")).toHaveCount(f.points.length);
  await expect(chart.locator("circle.dot-actual")).toHaveCount(4);
  await expect(chart.locator("circle.dot-estimate")).toHaveCount(1);
  await expect(panel.locator(".chart-legend")).toContainText("Ước thực hiện (ước)");

  const table = panel.locator(".chart-data");
  await table.locator("summary").click();
  const planCells = table.locator("tbody .cell-plan");
  const actualCells = table.locator("tbody .cell-actual");
  await expect(planCells).toHaveText(f.points.map((p) => vi(p.cumPlan!.lo)));
  await expect(actualCells).toHaveText(
    f.points.map((p) => vi(p.cumActual!.value) + (p.cumActual!.estimate ? " (ước)" : "")),
  );
  const cumulativePath = await chart.locator(".series-plan path").first().getAttribute("d");

  await page.getByRole("button", { name: "Từng kỳ" }).click();
  await expect(page.getByRole("button", { name: "Từng kỳ" })).toHaveAttribute("aria-pressed", "true");
  await expect(planCells).toHaveText(f.points.map((p) => vi(p.plan!.lo)));
  await expect(actualCells).toHaveText(
    f.points.map((p) => vi(p.actual!.value) + (p.actual!.estimate ? " (ước)" : "")),
  );
  // Per period the plan and the actual are bars, one per period; the programme target is not drawn.
  await expect(chart.locator(".series-plan .recharts-bar-rectangle")).toHaveCount(f.points.length);
  await expect(chart.locator(".target-line")).toHaveCount(0);

  await page.getByRole("button", { name: "Lũy kế" }).click();
  await expect(chart.locator(".series-plan path").first()).toHaveAttribute("d", cumulativePath!);
});

test("presentation mode moves with the keys and leaves with Escape", async ({ page }) => {
  await page.goto(`./${DEMO}/dashboard`);
  await page.getByRole("link", { name: "Trình chiếu" }).click();
  const show = page.locator(".presentation");
  await expect(show).toBeVisible();
  const count = show.locator(".slide-count");
  const title = show.locator(".slide-title");
  const names = demoTraVinh.indicators.map((i) => `${i.code}. ${i.name}`);
  const total = names.length;
  await expect(count).toHaveText(`1/${total}`);
  await expect(title).toHaveText(names[0]!);
  await expect(show.locator(".slide-head")).toContainText(demoTraVinh.title);
  await expect(show.locator("svg.recharts-surface")).toHaveCount(1);

  await page.keyboard.press("ArrowRight");
  await expect(count).toHaveText(`2/${total}`);
  await expect(title).toHaveText(names[1]!);
  await page.keyboard.press("PageDown");
  await expect(count).toHaveText(`3/${total}`);
  await page.keyboard.press("Space");
  await expect(count).toHaveText(`4/${total}`);
  await page.keyboard.press("ArrowLeft");
  await expect(count).toHaveText(`3/${total}`);
  await page.keyboard.press("PageUp");
  await expect(count).toHaveText(`2/${total}`);
  await expect(title).toHaveText(names[1]!);

  await page.keyboard.press("Escape");
  await expect(show).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Bảng theo dõi chỉ tiêu" })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test("a chart exports as a PNG at twice its size and as a self-contained SVG", async ({ page }) => {
  await page.goto(`./${DEMO}/chart/demo-1`);
  await expect(page.locator(".indicator-panel svg.recharts-surface circle.dot-plan")).toHaveCount(5);
  const svgText = (await download(page, "Tải ảnh SVG")).toString("utf8");
  expect(svgText.startsWith("<?xml")).toBe(true);
  expect(svgText).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).toContain("data:font/woff2;base64,");
  expect(svgText).toContain("1. Phát triển mới tổ hợp tác");
  expect(svgText).toContain("Ước thực hiện (ước)");
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svgText)?.[1]);
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(300);

  const png = pngSize(await download(page, "Tải ảnh PNG"));
  expect(png).toEqual({ width: width * 2, height: height * 2 });
});

test("the dashboard filters by status and lists tiles with status in words", async ({ page }) => {
  await page.goto(`./${DEMO}/dashboard`);
  const tiles = page.locator(".tile");
  await expect(tiles).toHaveCount(demoTraVinh.indicators.length);
  await page.locator(".filters").getByLabel("Trạng thái").selectOption("onTrack");
  const shown = await tiles.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(demoTraVinh.indicators.length);
  for (const badge of await tiles.locator(".status-badge").all()) await expect(badge).toHaveText("✔ Đạt");
  await page.getByRole("button", { name: "Bỏ lọc" }).click();
  await expect(tiles).toHaveCount(demoTraVinh.indicators.length);
});

test("the report gives plan, actual, đạt % KH and status for the chosen period", async ({ page }) => {
  await page.goto(`./${DEMO}/report`);
  await expect(page.getByRole("heading", { name: "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU" })).toBeVisible();
  await expect(page.locator(".report-ref")).toHaveText("(Thực hiện 298/QĐ-UBND ngày 9/2/2021)");
  const row = page.locator(".report-table tr[data-indicator='demo-2']");
  await expect(row.locator("td")).toHaveText([
    "2",
    "Phát triển mới hợp tác xã",
    "HTX",
    "10",
    "11 (ước)",
    "110%",
    "", // mức tăng đạt: a count of new HTX has no baseline to gain over
    "✔ Đạt",
    "",
  ]);
  // The target year's plan with its wording, written once: "≥ 60", an approximate range in words.
  await expect(page.locator(".report-table tr[data-indicator='demo-7'] td").nth(3)).toHaveText("≥ 60");
  await expect(page.locator(".report-table tr[data-indicator='demo-9'] td").nth(3)).toHaveText(
    "khoảng 20–30",
  );
  await page.getByLabel("Kỳ báo cáo").selectOption("2022");
  await expect(row.locator("td").nth(4)).toHaveText("10");
  await expect(page.locator(".report-chart")).toHaveCount(demoTraVinh.indicators.length);
});

test("hostile indicator names are drawn as text in charts, report and SVG export; nothing runs", async ({
  page,
}) => {
  const hostile = "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>";
  // Test-only: rewrite the shipped bundle on its way to the browser so that a template indicator
  // carries the hostile name. Nothing in the app knows about this.
  await page.route("**/assets/*.js", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll("Phát triển mới tổ hợp tác", hostile);
    await route.fulfill({ response, body });
  });
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`error ${e.message}`));
  const name = `1. ${hostile}`;

  await page.goto(`./${DEMO}/dashboard`);
  await expect(page.locator(".tile-title").first()).toHaveText(name);
  await page.locator(".tile-title a").first().click();
  await expect(page.locator("#indicator-title")).toHaveText(name);
  await expect(page.locator(".indicator-panel svg.recharts-surface circle.dot-plan")).toHaveCount(5);
  const svgText = (await download(page, "Tải ảnh SVG")).toString("utf8");
  expect(svgText).not.toMatch(/<script|<img|<foreignObject/i);
  expect(svgText).toContain(
    "&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=window.__xss=2&gt;",
  );
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
    const all = Array.from(doc.querySelectorAll("*"));
    return {
      texts: Array.from(doc.querySelectorAll("text, title")).map((t) => t.textContent ?? ""),
      elements: all.filter((e) => /^(script|img|image|foreignObject|iframe)$/i.test(e.localName)).length,
      handlers: all.flatMap((e) => Array.from(e.attributes).map((a) => a.name)).filter((n) => /^on/i.test(n)),
    };
  }, svgText);
  expect(parsed.texts).toContain(name);
  expect(parsed.elements).toBe(0);
  expect(parsed.handlers).toEqual([]);

  await page.goto(`./${DEMO}/report`);
  await expect(page.locator(".report-table tr[data-indicator='demo-1'] .report-name")).toHaveText(hostile);
  await expect(page.locator(".report-chart[data-indicator='demo-1'] figcaption")).toHaveText(name);

  await page.goto(`./${DEMO}/present`);
  await expect(page.locator(".slide-title")).toHaveText(name);

  expect(await page.locator("img, script:not([src])").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(problems).toEqual([]);
});

test("a chart opened from the bottom of the dashboard shows from its top", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./${DEMO}/dashboard`);
  const last = page.locator(".tile-title a").last();
  await last.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const name = (await last.textContent()) ?? "";
  await last.click();
  await expect(page.locator(".indicator-panel .chart-box svg.recharts-surface")).toBeVisible();
  // Scrolled to the top: the plan's heading is not hidden under the sticky header.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  expect(name.length).toBeGreaterThan(0);
});

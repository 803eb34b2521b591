// The sub-area comparison of a merged province at full size (issue 14, "Compare"): 170 communes in
// three former provinces. The chart shows the ten highest and the ten lowest under their headings,
// the whole list on demand, and the three groups at a click; readable on a 1280 × 720 projector.
import { expect, test, type Page } from "@playwright/test";
import { generatePlan } from "../../src/bench/generatePlan";
import { expectAccessible } from "./axe";
import { useEnglish } from "./gridHelpers";
import { dropFiles, importCard, importDialog, openLibrary } from "./sharingHelpers";

const GENERATED = generatePlan({
  indicators: 2,
  years: 3,
  subAreas: 170,
  groups: 3,
  reporting: "halfYearly",
  seed: 14,
});
/** Four communes of the first former province have not reported the first indicator. */
const SILENT = GENERATED.subAreas.slice(0, 4);
const PROVINCE = {
  ...GENERATED,
  title: "Vĩnh Long hợp nhất — 170 xã, phường (minh họa)",
  indicators: GENERATED.indicators.map((ind, i) =>
    i > 0
      ? ind
      : {
          ...ind,
          series: Object.fromEntries(
            Object.entries(ind.series).map(([area, s]) => [
              area,
              SILENT.some((a) => a.id === area) ? { ...s, actual: {} } : s,
            ]),
          ),
        },
  ),
};
const IND = PROVINCE.indicators[0]!;
/** The plan as a file of format version 2 (later versions read it through their migrations). */
const FILE = JSON.stringify({
  format: "htx-plan",
  formatVersion: 2,
  app: { name: "HTX Plan", version: "0.1.0" },
  exportedAt: "2026-01-01T00:00:00.000Z",
  plan: PROVINCE,
});

/**
 * The plan imported and its first indicator's chart opened on a 1280 × 720 screen, the comparison
 * drawn with its 20 bars. Importing 170 communes is slow on a busy machine: the test gets more time.
 */
async function openComparison(page: Page) {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLibrary(page);
  await dropFiles(page, [{ name: "vinh-long.htxplan.json", bytes: FILE }]);
  await importCard(page, PROVINCE.title).getByRole("button", { name: "Thêm vào thư viện" }).click();
  await importDialog(page).getByRole("button", { name: "Mở kế hoạch" }).click();
  await expect(page).toHaveURL(/#\/plan\//);
  const planId = /#\/plan\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(`./#/plan/${planId}/chart/${encodeURIComponent(IND.id)}`);
  const section = page.getByRole("region", { name: "So sánh các địa bàn" });
  await expect(section).toBeVisible({ timeout: 20_000 });
  const table = section.locator("table.area-bars");
  const bars = table.locator(".bar-fill");
  await expect(bars).toHaveCount(20);
  return { section, table, bars };
}

test("170 communes: the ten highest and the ten lowest, those without figures apart, all on demand", async ({
  page,
}) => {
  const { section, table, bars } = await openComparison(page);
  await expect(table.locator(".area-section-head")).toHaveText(["10 cao nhất", "10 thấp nhất"]);
  // The ends are taken among the 166 communes with figures; the four without are named apart.
  await expect(table.locator(".area-gap")).toContainText("146 địa bàn ở giữa không hiện");
  const missing = section.locator(".area-missing");
  await expect(missing).toContainText("Chưa có số liệu đến hết kỳ này (4 địa bàn)");
  for (const a of SILENT) await expect(missing).toContainText(a.name);
  for (const a of SILENT) await expect(table.locator(`tr[data-area="${a.id}"]`)).toHaveCount(0);
  // Ranks 1–10 and 161–170; the numbers written the Vietnamese way, with the status in words.
  const ranks = await table.locator("td.area-rank").allInnerTexts();
  expect(ranks.slice(0, 3)).toEqual(["1", "2", "3"]);
  expect(Number(ranks[19])).toBeGreaterThan(150);
  await expect(table.locator(".bar-value").first()).toHaveText(/^\d+(,\d)?%/);
  await expect(table.locator(".status-badge").first()).toHaveText(/Đạt|Gần đạt|Chưa đạt/);
  // The highest first, the lowest last.
  const values = (await table.locator(".bar-value").allInnerTexts()).map((v) =>
    Number(
      v
        .replace(/\s*\(.*\)$/, "")
        .replace("%", "")
        .replace(",", "."),
    ),
  );
  expect(values).toEqual([...values].sort((a, b) => b - a));
  expect(values[0]).toBeGreaterThan(values[19]!);
  // What a projector shows: the comparison's heading at the top of the screen.
  await section.getByRole("heading").evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "test-results/compare-ends-1280.png" });
  await expectAccessible(page, "the top and bottom ten of 170 communes");

  await section.getByRole("button", { name: "Xem tất cả 170 địa bàn" }).click();
  const full = section.getByRole("region", { name: "Tất cả địa bàn có số liệu, cao nhất trước" });
  await expect(full.locator("tbody tr")).toHaveCount(170);
  // Without figures: listed last, no rank, no bar (not a bar of zero), the status said in words.
  await expect(full.locator(".bar-fill")).toHaveCount(166);
  const silent = full.locator(`tr[data-area="${SILENT[0]!.id}"]`);
  await expect(silent.locator("td.area-rank")).toHaveText("–");
  await expect(silent.locator(".bar-value")).toHaveText("—");
  await expect(silent.locator(".status-badge")).toHaveText(/Chưa có số liệu/);
  await expect(full.locator("tbody tr").last().locator(".status-badge")).toHaveText(/Chưa có số liệu/);
  await expect(full.locator(".area-section-head")).toHaveCount(0);
  await full.evaluate((f) => {
    f.scrollIntoView();
    f.scrollTop = 2000;
  });
  await page.screenshot({ path: "test-results/compare-all-1280.png" });
  await section.getByRole("button", { name: "Chỉ xem 10 cao nhất và 10 thấp nhất" }).click();
  await expect(bars).toHaveCount(20);
});

test("170 communes: the three former provinces compared at a click; a wide screen; English", async ({
  page,
}) => {
  const { section, table, bars } = await openComparison(page);
  await section.getByRole("button", { name: "Theo nhóm địa bàn" }).click();
  await expect(section.getByRole("button", { name: "Theo nhóm địa bàn" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const groups = table.locator("tbody th[scope=row] .area-name");
  await expect(groups).toHaveCount(3);
  expect((await groups.allInnerTexts()).sort()).toEqual(["Bến Tre cũ", "Trà Vinh cũ", "Vĩnh Long cũ"]);
  await expect(table.locator(".bar-fill")).toHaveCount(3);
  // The first former province rests on the communes that reported: said beside its name.
  await expect(table.locator('tr[data-area="nhom-1"] .area-detail')).toHaveText("Số liệu của 53/57 địa bàn");
  await expect(section.getByRole("button", { name: /Xem tất cả/ })).toHaveCount(0);
  await section.screenshot({ path: "test-results/compare-groups-1280.png" });
  await expectAccessible(page, "the comparison by group");

  await section.getByRole("button", { name: "Từng địa bàn" }).click();
  await expect(bars).toHaveCount(20);

  // On a wide screen, and in English.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await section.getByRole("heading").evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: "test-results/compare-ends-1920.png" });
  await useEnglish(page);
  const english = page.getByRole("region", { name: "Sub-areas compared" });
  await expect(english.locator(".area-section-head")).toHaveText(["Top ten", "Bottom ten"]);
  await expect(english.getByRole("button", { name: "Show all 170 sub-areas" })).toBeVisible();
});

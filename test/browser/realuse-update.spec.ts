// A new version deployed (issue 8): the user is told, and chooses when to reload — after every edit
// is saved, never an automatic reload. The test serves the built app, visits it (the service worker
// takes over), then serves a "next version" of the same build on the same address: its index.html
// carries a marker and its service worker a new revision of it, as a real deployment would.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { planId, startPreview, stopPreview, text } from "./realuseHelpers";

const PORT = Number(process.env.HTX_E2E_PORT ?? 4317) + 200;
const BASE = `http://127.0.0.1:${PORT}/`;
const BUILT = ".cache/e2e-dist";
const NEXT = `.cache/e2e-dist-next-${PORT}`;

const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) =>
  text("vi", key, params);

/** The same build as a new version: a marked index.html, and a service worker that says so. */
function makeNextVersion(): void {
  rmSync(NEXT, { recursive: true, force: true });
  cpSync(BUILT, NEXT, { recursive: true });
  const html = readFileSync(`${NEXT}/index.html`, "utf8");
  writeFileSync(
    `${NEXT}/index.html`,
    html.replace("<head>", '<head>\n    <meta name="htx-build" content="next" />'),
  );
  const sw = readFileSync(`${NEXT}/sw.js`, "utf8");
  const next = sw.replace(/(\{url:"index\.html",revision:")[^"]+"/, '$1next-version"');
  if (next === sw) throw new Error("the service worker's precache list has no index.html");
  writeFileSync(`${NEXT}/sw.js`, next);
}

test("a new version is offered, and applied only when the user asks and every edit is saved", async ({
  page,
}) => {
  makeNextVersion();
  let server = await startPreview(BUILT, PORT);
  try {
    // The first visit: the service worker installs and controls the page after a reload.
    await page.goto(BASE);
    await expect(page.locator(".library-table tbody tr")).toHaveCount(5);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const id = await planId(page, /Bạc Liêu/);
    await page.goto(`${BASE}#/plan/${id}/details`);
    await expect(page.getByLabel(t("field.notes"))).toBeEnabled();
    await expect(page.locator(".update-banner")).toHaveCount(0);

    // The new version is deployed; the app finds it (as it does on its next check or navigation).
    await stopPreview(server, PORT);
    server = await startPreview(NEXT, PORT);
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.locator(".update-banner");
    await expect(banner).toContainText(t("update.available"));

    // Nothing reloads by itself: the planner keeps working in the same page.
    await page.evaluate(() =>
      (window as unknown as { __htxTest: { failNextWrites: (n: number) => void } }).__htxTest.failNextWrites(
        2,
      ),
    );
    await page.getByLabel(t("field.notes")).fill("Ghi chú trước khi cập nhật");
    await page.getByLabel(t("field.notes")).blur();
    await expect(page.locator(".save-status")).toContainText("Chưa lưu");
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);

    // The planner asks for the update while a write still waits: the reload waits for it.
    await banner.getByRole("button", { name: t("update.reload") }).click();
    await expect(banner.getByRole("button", { name: t("update.waitingForSave") })).toBeDisabled();
    // Then the new version takes over, and the edit is there.
    await expect(page.locator('meta[name="htx-build"]')).toHaveAttribute("content", "next", {
      timeout: 20_000,
    });
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(undefined);
    await expect(page.getByLabel(t("field.notes"))).toHaveValue("Ghi chú trước khi cập nhật");
    await expect(page.locator(".update-banner")).toHaveCount(0);
  } finally {
    await stopPreview(server);
    rmSync(NEXT, { recursive: true, force: true });
  }
});

test("'later' puts the offer away without reloading", async ({ page }) => {
  makeNextVersion();
  let server = await startPreview(BUILT, PORT);
  try {
    await page.goto(BASE);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await stopPreview(server, PORT);
    server = await startPreview(NEXT, PORT);
    await page.evaluate(async () => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.locator(".update-banner");
    await expect(banner).toBeVisible();
    await banner.getByRole("button", { name: t("update.later") }).click();
    await expect(banner).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await expect(page.locator('meta[name="htx-build"]')).toHaveCount(0);
  } finally {
    await stopPreview(server);
    rmSync(NEXT, { recursive: true, force: true });
  }
});

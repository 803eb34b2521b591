// Offline: after one visit the app loads with no network. The browser's offline switch does not
// reach the service worker, so the test stops the server itself.
import { expect, test } from "@playwright/test";
import { type ChildProcess, spawn } from "node:child_process";

const PORT = Number(process.env.HTX_E2E_PORT ?? 4317) + 100;
const BASE = `http://127.0.0.1:${PORT}/`;

async function startServer(): Promise<ChildProcess> {
  const proc = spawn(
    "npx",
    [
      "vite",
      "preview",
      "--outDir",
      ".cache/e2e-dist",
      "--port",
      String(PORT),
      "--strictPort",
      "--host",
      "127.0.0.1",
    ],
    { stdio: "ignore", detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(BASE);
      if (r.ok) return proc;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("preview server did not start");
}

function stopServer(proc: ChildProcess): void {
  if (proc.pid) process.kill(-proc.pid, "SIGTERM");
}

test("after one visit the app loads and works with the server gone", async ({ page }) => {
  const server = await startServer();
  try {
    await page.goto(BASE);
    await expect(page.getByRole("heading", { name: "Chương trình có sẵn" })).toBeVisible();
    // Wait until the service worker is active (the app is precached), then reload so it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    stopServer(server);
  }
  await expect
    .poll(async () =>
      fetch(BASE).then(
        () => "up",
        () => "down",
      ),
    )
    .toBe("down");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Chương trình có sẵn" })).toBeVisible();
  await page
    .locator(".template-table")
    .getByRole("link", { name: /Ninh Bình/ })
    .click();
  await expect(page.locator(".indicator-table tbody tr:not(.group-row)")).toHaveCount(12);

  // A stored plan opens and can be edited offline; the edit is there after another reload.
  await page.goto(BASE);
  await page
    .locator(".library-table")
    .getByRole("link", { name: /Ninh Bình/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ninh Bình");
  // A plan opens on its grid; the details are in their tab.
  await page.locator(".tab-bar").getByRole("link", { name: "Chi tiết" }).click();
  await page.getByLabel("Cơ quan ban hành").fill("UBND tỉnh Ninh Bình (ngoại tuyến)");
  await page.getByLabel("Cơ quan ban hành").press("Enter");
  await expect(page.locator(".save-status")).toContainText("Đã lưu");
  await page.reload();
  await expect(page.locator(".facts")).toContainText("UBND tỉnh Ninh Bình (ngoại tuyến)");
});

test("the manifest makes the app installable and a handler of plan files", async ({ request }) => {
  const res = await request.get("./manifest.webmanifest");
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === "512x512")).toBe(true);
  expect(manifest.file_handlers[0].accept["application/json"]).toContain(".json");
});

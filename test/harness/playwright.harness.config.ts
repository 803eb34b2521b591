// Browser checks of the grid in its dev-only harness (test/harness/grid.html, in-memory editor).
// Run: HTX_E2E_PORT=4323 npx playwright test -c test/harness/playwright.harness.config.ts
// The main `npx playwright test` (test/browser, production build) does not pick these up.
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from "../../scripts/chromium.mjs";

const executablePath: string | null = findChromium();
if (!executablePath) throw new Error(HOW_TO_INSTALL);

const PORT = Number(process.env.HTX_E2E_PORT ?? 4323);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1366, height: 768 },
    permissions: ["clipboard-read", "clipboard-write"],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `npx vite --port ${PORT} --strictPort --host 127.0.0.1`,
    // The dev server serves the project from its root (the default would be this folder).
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    url: `http://127.0.0.1:${PORT}/test/harness/grid.html`,
    reuseExistingServer: true,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

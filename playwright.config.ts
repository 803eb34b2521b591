import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from "./scripts/chromium.mjs";

const executablePath: string | null = findChromium();
if (!executablePath) {
  // Fail loudly: browser tests never skip silently.
  throw new Error(HOW_TO_INSTALL);
}

const PORT = Number(process.env.HTX_E2E_PORT ?? 4317);
const OUT = ".cache/e2e-dist";

export default defineConfig({
  testDir: "test/browser",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI_JSON ? [["list"], ["json", { outputFile: ".cache/playwright.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `npx vite build --outDir ${OUT} --emptyOutDir && npx vite preview --outDir ${OUT} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

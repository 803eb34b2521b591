// Screenshots of the built app for the README and for looking at what we built:
// node scripts/screenshot.mjs <url-path> <out.png> [width] [height] [lang]
// Expects a preview server on HTX_PORT (default 4173).
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

const [path = "", out = "shot.png", w = "1366", h = "768", lang = "vi"] = process.argv.slice(2);
const port = process.env.HTX_PORT ?? "4173";
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.addInitScript((l) => localStorage.setItem("htx-plan.lang", l), lang);
await page.goto(`http://127.0.0.1:${port}/${path}`);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
console.log(`wrote ${out}`);

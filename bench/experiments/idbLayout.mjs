// `node bench/experiments/idbLayout.mjs`: opens idbLayout.html in Debian's Chromium and prints how
// long each layout of a province's series takes to read (three rounds each).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium.mjs";

const page = readFileSync(new URL("idbLayout.html", import.meta.url));
const server = createServer((_, res) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(page);
}).listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const browser = await chromium.launch({
  executablePath: ensureChromium({ log: console.error }),
  args: CHROMIUM_ARGS,
});
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => document.title !== "", null, { timeout: 600_000 });
  console.log(await tab.title());
  console.log(JSON.stringify(await tab.evaluate(() => window.result), null, 2));
} finally {
  await browser.close();
  server.close();
}

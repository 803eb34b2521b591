// `npm run bench`: speed in real Chromium, printed as one table. Not part of `npm test`: timings
// are measured and compared with budgets here, never asserted in a pass/fail test.
//
// 1. builds the bench page (bench/index.html, bench/main.ts, every bench/cases/*.ts) with Vite into
//    .cache/bench-dist, and the app itself (the production build, service worker included) into
//    .cache/bench-dist/app, beside an empty page (empty.html): the start-up cases load them in a frame;
// 2. serves it with `vite preview` on a free port;
// 3. drives Chromium through Playwright (never a downloaded browser) and runs each case in the page;
// 4. prints case, measured median, budget, ratio to the baseline measured in the same run, pass/fail;
//    exits 1 when a case fails its budget or throws.
//
// Options: --filter <text> (only cases whose name contains it), --runs <n> (measured runs per case).
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import react from "@vitejs/plugin-react";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium, HOW_TO_INSTALL } from "./chromium.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = `${root}.cache/bench-dist`;

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const filter = option("filter");
const runs = option("runs") ? Number(option("runs")) : undefined;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const config = {
  root: `${root}bench`,
  base: "./",
  configFile: false,
  publicDir: false,
  logLevel: "warn",
  plugins: [react()],
  build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false, chunkSizeWarningLimit: 5000 },
};

function fmt(n, unit) {
  if (n === null || n === undefined) return "—";
  const digits = Math.abs(n) >= 100 ? 0 : 1;
  return `${n.toFixed(digits)} ${unit}`;
}

function row(r) {
  const label = r.note ? `${r.name} (${r.note})` : r.name;
  const issue = r.issue === null ? "—" : `#${r.issue}`;
  if (r.error) return [issue, label, "error", budgetText(r), "—", `FAIL: ${r.error}`];
  const ratio = r.baseline ? r.value / r.baseline : null;
  const pass = "max" in r.budget ? r.value <= r.budget.max : ratio !== null && ratio <= r.budget.ratio;
  const vsBaseline =
    ratio === null ? "—" : `${ratio.toFixed(2)}× ${r.baselineName} (${fmt(r.baseline, r.unit)})`;
  return [issue, label, fmt(r.value, r.unit), budgetText(r), vsBaseline, pass ? "pass" : "FAIL"];
}

function budgetText(r) {
  return "max" in r.budget ? `≤ ${r.budget.max} ${r.unit}` : `≤ ${r.budget.ratio}× baseline`;
}

function printTable(rows) {
  const head = ["issue", "case", "median", "budget", "vs baseline (same run)", "result"];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

const executablePath = ensureChromium({ log: (m) => console.error(m) });
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

console.error("building the bench page…");
await build(config);
console.error("building the app…");
await build({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: "warn",
  build: { outDir: `${outDir}/app`, emptyOutDir: true },
});
// The bare page the start-up is compared with: nothing to fetch, parse or run.
writeFileSync(
  `${outDir}/empty.html`,
  '<!doctype html>\n<html lang="vi"><head><meta charset="UTF-8"><title>.</title></head><body></body></html>\n',
);
const port = await freePort();
const server = await preview({
  ...config,
  // No HTTP caching: every load of the app in the start-up cases fetches everything, as a first visit.
  preview: { port, strictPort: true, host: "127.0.0.1", headers: { "Cache-Control": "no-store" } },
});
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"],
});
let failed = 0;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(10 * 60_000);
  // The JS heap as DevTools sees it, after a full garbage collection: cases that measure memory call
  // window.htxBenchHeap() and return its bytes.
  const cdp = await page.context().newCDPSession(page);
  await page.exposeFunction("htxBenchHeap", async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize;
  });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // BENCH_CONSOLE=1: the page's console messages too (timings logged while looking for a cost).
  if (process.env.BENCH_CONSOLE) page.on("console", (m) => console.error(`page: ${m.text()}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => "htxBench" in window);
  const names = (await page.evaluate(() => window.htxBench.names())).filter(
    (n) => !filter || n.toLowerCase().includes(filter.toLowerCase()),
  );
  if (names.length === 0) throw new Error(`no bench case matches ${filter ?? "(none registered)"}`);
  const rows = [];
  for (const name of names) {
    console.error(`running: ${name}`);
    const result = await page.evaluate(([n, r]) => window.htxBench.run(n, r), [name, runs]);
    const cells = row(result);
    if (cells[5] !== "pass") failed++;
    rows.push(cells);
  }
  console.log("");
  printTable(rows);
  console.log(`\n${rows.length - failed} passed, ${failed} failed`);
  if (pageErrors.length) console.error(`page errors: ${pageErrors.join("; ")}`);
} catch (e) {
  failed++;
  console.error(`bench failed: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
process.exit(failed === 0 ? 0 : 1);

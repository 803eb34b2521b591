// `npm test`: every check, in order — typecheck, lint (zero warnings), format, unit tests, browser
// tests — and a last plain line "N passed, N failed" (CI reads it). Installs Debian's chromium when
// it is missing and we may (root on Debian); otherwise the browser tests fail with a message saying
// how to install one. They never skip silently.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium, HOW_TO_INSTALL } from "./chromium.mjs";

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

mkdirSync(".cache", { recursive: true });
check("typecheck", "npx", ["tsc", "-b", "--pretty", "false"]);
check("lint", "npx", ["eslint", ".", "--max-warnings", "0"]);
check("format", "npx", ["prettier", "--check", "."]);

// Unit tests: count each test.
rmSync(".cache/vitest.json", { force: true });
const unitOk = run("unit tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=.cache/vitest.json",
]);
const unit = readJson(".cache/vitest.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
  if (!unitOk && (unit.numFailedTests ?? 0) === 0 && (unit.numFailedTestSuites ?? 0) === 0) failed += 1;
} else if (!unitOk) failed += 1;
if (!unitOk) failures.push("unit tests");

// Browser tests in real Chromium.
const chromium = ensureChromium();
if (!chromium) {
  console.error(`\n✖ browser tests: ${HOW_TO_INSTALL}`);
  failed += 1;
  failures.push("browser tests (no Chromium)");
} else {
  rmSync(".cache/playwright.json", { force: true });
  const e2eOk = run("browser tests", "npx", ["playwright", "test"], {
    CI_JSON: "1",
    CHROMIUM_PATH: chromium,
  });
  const e2e = readJson(".cache/playwright.json");
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    if ((e2e.stats.skipped ?? 0) > 0) {
      console.error(`✖ ${e2e.stats.skipped} browser test(s) skipped: a skipped test counts as failed.`);
      failed += e2e.stats.skipped;
    }
    if (!e2eOk && (e2e.stats.unexpected ?? 0) === 0) failed += 1;
  } else if (!e2eOk) failed += 1;
  if (!e2eOk) failures.push("browser tests");
}

if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync("package.json") ? 0 : 1);

// Finds a Chromium or Chrome to drive: $CHROMIUM_PATH (or $CHROME_PATH), then the usual places.
// On a Debian machine where we are root and none is found, installs Debian's chromium package.
// Playwright never downloads a browser of its own here.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

export const HOW_TO_INSTALL =
  "No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome) " +
  "or point CHROMIUM_PATH at a Chromium or Chrome executable.";

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Find Chromium, installing Debian's package when possible. Returns the path or null. */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (
    process.platform === "linux" &&
    isRoot &&
    existsSync("/usr/bin/apt-get") &&
    !process.env.CHROMIUM_PATH
  ) {
    log("Chromium is missing: installing Debian's chromium package (apt-get)…");
    try {
      execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
        stdio: "inherit",
      });
    } catch {
      return null;
    }
    return findChromium();
  }
  return null;
}

/** Flags that keep Chromium quiet and working on a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

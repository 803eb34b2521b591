// Helpers of the "ready for real use" browser tests (accessibility, keyboard, CSP, language): the
// interface's own messages in either language (so one test reads in both), opening the library in a
// chosen language, and finding a stored plan's id.
import { type ChildProcess, spawn } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { fill } from "../../src/i18n/bilingual";
import { MESSAGES, type MessageKey } from "../../src/i18n/messages";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

/** The interface text of `key` in `lang`, as the app shows it. */
export function text(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return fill(MESSAGES[lang][key], params);
}

/** Escape a text for use inside a RegExp. */
export const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const DEMO = "Trà Vinh 2021–2025 — số liệu minh họa";
export const DEMO_TEMPLATE = "demo-tra-vinh-2021-2025";

export const libraryRows = (page: Page) => page.locator(".library-table tbody tr");

/** The first visit in a chosen language: the choice is stored before the app starts. */
export async function useLanguage(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem("htx-test-lang-set")) {
      localStorage.setItem("htx-plan.lang", l);
      sessionStorage.setItem("htx-test-lang-set", "1");
    }
  }, lang);
}

/** Open the library and wait for the five plans of the first run. */
export async function openLibrary(page: Page): Promise<void> {
  await page.goto("./");
  await expect(libraryRows(page)).toHaveCount(5);
}

/** The id of the stored plan whose title link matches `title`. */
export async function planId(page: Page, title: string | RegExp): Promise<string> {
  const row = libraryRows(page).filter({ has: page.getByRole("link", { name: title }) });
  const id = await row.getAttribute("data-plan");
  if (!id) throw new Error(`no stored plan ${String(title)}`);
  return id;
}

/** Go to a route of the app (after "#"), as a link would. */
export async function goRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = r;
  }, route);
}

/** A `vite preview` of a built folder on its own port, which the test can stop (offline, update). */
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const proc = spawn(
    "npx",
    ["vite", "preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    { stdio: "ignore", detached: true },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      const r = await fetch(base);
      if (r.ok) return proc;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopPreview(proc);
  throw new Error(`preview server of ${outDir} did not start on port ${port}`);
}

/** Stop a preview started above (its whole process group: npx and vite), and wait for the port. */
export async function stopPreview(proc: ChildProcess, port?: number): Promise<void> {
  if (proc.pid) {
    try {
      process.kill(-proc.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (port === undefined) return;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (!up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} still answers`);
}

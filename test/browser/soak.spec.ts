// The browser soak (issue 15): two pages on the stored demo plan, random typing, pastes, undo and
// redo, reloads, the renderer killed mid-write (DevTools protocol Page.crash) and storage pressure
// (the origin's quota cut to nothing through the DevTools protocol, so IndexedDB itself refuses
// writes). After each round both pages show what is stored; at the end the browser is closed and
// started again on the same profile, and every value a page reported saved must be there.
//   npx playwright test test/browser/soak.spec.ts          a few rounds (part of `npm test`)
//   npm run soak:browser                                    SOAK_ROUNDS rounds or SOAK_MINUTES
import { chromium, expect, test, type BrowserContext, type Page } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";
import { cell, openPlan, pasteText, reveal, stored, waitForGrid } from "./gridHelpers";

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 4);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
// `npm test` runs a fixed seed (the same rounds every run); `npm run soak:browser` a new one each time.
const SEED = Number(process.env.SOAK_SEED ?? (process.env.SOAK_ROUNDS ? Date.now() % 100_000 : 20139));
const PORT = Number(process.env.HTX_E2E_PORT ?? 4317);
const ORIGIN = `http://127.0.0.1:${PORT}`;
// Rows of whole-number indicators (THT, HTX, LHHTX), any value up to 1000 fits them.
const ROWS = [1, 2, 3];
const YEARS = [2021, 2022, 2023];

/** mulberry32: the rounds are the same for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Cell = { row: number; col: string };
const keyOf = (c: Cell) => `${c.row}|${c.col}`;

async function launch(dir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_ARGS,
    baseURL: `${ORIGIN}/`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1366, height: 768 },
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * The page has drawn what its session holds: views redraw at the next frame (two, while a write is
 * going out), so right after an undo the button can still look enabled for a frame.
 */
const drawn = (p: Page) =>
  p.evaluate(async () => {
    const frame = () =>
      new Promise<void>((r) =>
        document.visibilityState === "visible" ? requestAnimationFrame(() => r()) : setTimeout(r, 0),
      );
    for (let i = 0; i < 3; i++) await frame();
  });

const pending = (p: Page) =>
  p.evaluate(
    () =>
      (window as unknown as { __htxTest?: { pendingWrites: () => number } }).__htxTest?.pendingWrites() ?? -1,
  );

async function allSaved(p: Page): Promise<void> {
  await p.evaluate(() =>
    (window as unknown as { __htxTest?: { retryNow: () => void } }).__htxTest?.retryNow(),
  );
  await expect(p.locator(".save-status")).toHaveAttribute("data-save-state", "saved", { timeout: 30_000 });
  await expect.poll(() => pending(p), { timeout: 30_000 }).toBe(0);
}

/** What the stored value of a cell shows as: the number a planner typed. */
const shownAs = (v: unknown): string | null =>
  v && typeof v === "object" && "value" in v ? String((v as { value: number }).value) : null;

test("browser soak: two pages, reloads, crashes and a full disk lose nothing reported saved", async () => {
  test.setTimeout(MINUTES * 60_000 + 120_000);
  const rnd = random(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const dir = mkdtempSync(join(tmpdir(), "htx-soak-"));
  const started = Date.now();
  /** Values the page reported saved (the header said "saved" after them), by cell. */
  const ledger = new Map<string, string>();
  const codes = new Map<number, string>();
  const counts = {
    rounds: 0,
    typed: 0,
    pasted: 0,
    undo: 0,
    redo: 0,
    reloads: 0,
    crashes: 0,
    pressure: 0,
    refused: 0,
  };
  let slowestRound = 0;
  console.log(`browser soak: seed ${SEED} (replay: SOAK_SEED=${SEED} npm run soak:browser)`);

  let context = await launch(dir);
  try {
    const pages: Page[] = [context.pages()[0] ?? (await context.newPage())];
    for (const p of [pages[0]!]) p.on("dialog", (d) => void d.accept());
    const say = (what: string) => process.env.SOAK_VERBOSE && console.log(what);
    say("launched");
    await openPlan(pages[0]!);
    say("plan open");
    const url = pages[0]!.url();
    const openAnother = async () => {
      const p = await context.newPage();
      p.on("dialog", (d) => void d.accept());
      await p.goto(url);
      await waitForGrid(p);
      return p;
    };
    pages.push(await openAnother());
    say("second page open");
    // A blank page of the same browser drives the storage pressure (it outlives crashed pages).
    const control = await context.newPage();
    for (const r of ROWS)
      codes.set(r, (await cell(pages[0]!, r, "code").textContent({ timeout: 10_000 }))?.trim() ?? "");

    // Per page, the cells of each of its undo steps (the app's undo stack, as far as we know it).
    const steps: Cell[][][] = [[], []];
    const redo: Cell[][][] = [[], []];
    const forget = (cells: Cell[]) => cells.forEach((c) => ledger.delete(keyOf(c)));

    for (let round = 0; round < ROUNDS && Date.now() - started < MINUTES * 60_000; round++) {
      const t0 = Date.now();
      const touched = new Map<string, Cell>();
      const typedNow: [Cell, string, number][] = [];
      const pressure = rnd() < 0.25;
      // Page i went away (crashed, or reloaded while it could not keep its writes): what it typed
      // this round was never reported saved — it may have landed or not, so those cells no longer
      // hold a known saved value (not even the one an earlier round saved there).
      const unknownAfter = (i: number) => {
        for (let k = typedNow.length - 1; k >= 0; k--)
          if (typedNow[k]![2] === i) {
            forget([typedNow[k]![0]]);
            typedNow.splice(k, 1);
          }
      };
      say(`round ${round}: opening a DevTools session`);
      const cdp = await context.newCDPSession(control);
      say(`round ${round}: pressure ${pressure}`);
      if (pressure) {
        // Storage pressure: the origin may store nothing more; IndexedDB refuses with QuotaExceededError.
        await cdp.send("Storage.overrideQuotaForOrigin", { origin: ORIGIN, quotaSize: 1 });
        counts.pressure += 1;
      }
      say(`round ${round}: actions`);
      for (let a = 0; a < 6; a++) {
        const i = rnd() < 0.5 ? 0 : 1;
        const p = pages[i]!;
        const roll = rnd();
        if (process.env.SOAK_VERBOSE)
          console.log(`round ${round} action ${a}: page ${i}, roll ${roll.toFixed(2)}, pressure ${pressure}`);
        if (roll < 0.55) {
          const c = { row: pick(ROWS), col: `${pick(["plan", "actual"])}:${pick(YEARS)}` };
          if (touched.has(keyOf(c))) continue;
          const value = String(1 + Math.floor(rnd() * 500));
          await (await reveal(p, c.row, c.col)).click();
          await p.keyboard.type(value);
          await p.keyboard.press("Enter");
          await expect(cell(p, c.row, c.col)).toHaveText(value);
          touched.set(keyOf(c), c);
          typedNow.push([c, value, i]);
          steps[i]!.push([c]);
          redo[i] = [];
          counts.typed += 1;
        } else if (roll < 0.7) {
          const row = pick(ROWS.slice(0, -1));
          const year = pick(YEARS);
          const block: Cell[] = [row, row + 1].flatMap((r) =>
            [`plan:${year}`, `actual:${year}`].map((col) => ({ row: r, col })),
          );
          if (block.some((c) => touched.has(keyOf(c)))) continue;
          await (await reveal(p, row, `plan:${year}`)).click();
          const values = block.map(() => String(1 + Math.floor(rnd() * 90)));
          await pasteText(p, `${values[0]}\t${values[1]}\n${values[2]}\t${values[3]}`);
          await expect(cell(p, row + 1, `actual:${year}`)).toHaveText(values[3]!);
          block.forEach((c, k) => {
            touched.set(keyOf(c), c);
            typedNow.push([c, values[k]!, i]);
          });
          steps[i]!.push(block);
          redo[i] = [];
          counts.pasted += 1;
        } else if (roll < 0.82) {
          const undo = rnd() < 0.65;
          const button = p.locator(".grid-tool-group button", { hasText: undo ? "↶" : "↷" });
          await drawn(p);
          if (await button.isDisabled()) continue;
          await button.click();
          const step = (undo ? steps[i] : redo[i])!.pop();
          if (step) {
            (undo ? redo[i] : steps[i])!.push(step);
            // What the cells hold now depends on the other page: no longer a known saved value.
            forget(step);
            for (const c of step) touched.set(keyOf(c), c);
            for (let k = typedNow.length - 1; k >= 0; k--)
              if (step.some((c) => keyOf(c) === keyOf(typedNow[k]![0]))) typedNow.splice(k, 1);
          }
          counts[undo ? "undo" : "redo"] += 1;
        } else if (roll < 0.92) {
          // Reload right after typing: the waiting write is kept over the reload and lands after it.
          // (Under storage pressure the page may not be able to keep it, and then asks first: what
          // it typed is not counted as saved.)
          if (pressure) unknownAfter(i);
          await p.reload();
          await waitForGrid(p);
          steps[i] = [];
          redo[i] = [];
          counts.reloads += 1;
        } else {
          // The renderer killed with a write in flight: what it had not reported saved may be gone.
          const c = { row: pick(ROWS), col: `actual:${pick(YEARS)}` };
          if (touched.has(keyOf(c))) continue;
          await (await reveal(p, c.row, c.col)).click();
          await p.keyboard.type(String(600 + Math.floor(rnd() * 300)));
          await p.keyboard.press("Enter");
          const session = await context.newCDPSession(p);
          const crashed = new Promise((r) => p.once("crash", r));
          void session.send("Page.crash").catch(() => undefined);
          await Promise.race([crashed, new Promise((r) => setTimeout(r, 5000))]);
          await p.close().catch(() => undefined);
          forget([c]);
          touched.set(keyOf(c), c);
          // Whatever this page typed this round had not been reported saved.
          unknownAfter(i);
          pages[i] = await openAnother();
          steps[i] = [];
          redo[i] = [];
          counts.crashes += 1;
        }
      }
      if (pressure) {
        // The disk was full: writes made meanwhile were refused and wait (the header says so).
        for (const p of pages)
          if ((await p.locator(".save-status").getAttribute("data-save-state")) === "notSaved")
            counts.refused += 1;
        await cdp.send("Storage.overrideQuotaForOrigin", { origin: ORIGIN });
      }
      await cdp.detach().catch(() => undefined);
      if (process.env.SOAK_VERBOSE) console.log(`round ${round}: waiting for both pages to save`);
      for (const p of pages) await allSaved(p);
      // Both pages said "saved": what was typed this round (and not undone) is reported saved.
      for (const [c, v] of typedNow) ledger.set(keyOf(c), v);
      // Each page shows what is stored, for every cell touched this round.
      for (const c of touched.values()) {
        const want = shownAs(await stored(pages[0]!, codes.get(c.row)!, c.col));
        const ledgerValue = ledger.get(keyOf(c));
        if (ledgerValue !== undefined) expect(want, `stored ${keyOf(c)}`).toBe(ledgerValue);
        if (want === null) continue;
        for (const p of pages) await expect(await reveal(p, c.row, c.col)).toHaveText(want);
      }
      counts.rounds += 1;
      slowestRound = Math.max(slowestRound, Date.now() - t0);
    }

    // The browser goes and comes back on the same profile: every value reported saved is there.
    await context.close();
    context = await launch(dir);
    const fresh = context.pages()[0] ?? (await context.newPage());
    await fresh.goto(url);
    await waitForGrid(fresh);
    let lost = 0;
    for (const [k, v] of ledger) {
      const [row, col] = k.split("|") as [string, string];
      const got = shownAs(await stored(fresh, codes.get(Number(row))!, col));
      if (got !== v) lost += 1;
      expect(got, `after the restart, ${k}`).toBe(v);
      await expect(await reveal(fresh, Number(row), col)).toHaveText(v);
    }
    console.log(
      `browser soak: ${counts.rounds} rounds, ${counts.typed} values typed, ${counts.pasted} pastes, ` +
        `${counts.undo} undo, ${counts.redo} redo, ${counts.reloads} reloads, ${counts.crashes} crashes, ` +
        `${counts.pressure} rounds under storage pressure (${counts.refused} pages showing writes refused); ${ledger.size} values reported saved checked after a ` +
        `browser restart, ${lost} lost; slowest round ${(slowestRound / 1000).toFixed(1)} s; ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s, seed ${SEED}`,
    );
    expect(counts.rounds).toBeGreaterThan(0);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});

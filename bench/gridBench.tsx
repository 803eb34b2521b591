// The grid as the app shows it, for bench/cases/grid.ts: the big generated plan stored through
// src/storage (once; it stays in the bench page's IndexedDB), and the real PlanGrid mounted over the
// real edit path (PlanEditorProvider) in a 1366 × 680 box, with helpers to read cells and act.
import { createRoot } from "react-dom/client";
import { usePlanEditor, type PlanEditor } from "../src/bindings/planEditor";
import { BIG_PLAN, generatePlan, type GenerateOptions } from "../src/bench/generatePlan";
import { PlanGrid } from "../src/grid/PlanGrid";
import { I18nProvider } from "../src/i18n/I18nProvider";
import { db } from "../src/storage/db";
import { dropSession } from "../src/storage/editPath";
import { getPlan, putPlan } from "../src/storage/library";
import { PlanEditorProvider } from "../src/bindings/PlanEditorProvider";
import { databaseStatus, saveState, updateDatabaseStatus } from "../src/storage/storageStatus";

export const BIG = `${BIG_PLAN.indicators} × ${BIG_PLAN.years} years × ${BIG_PLAN.subAreas} sub-areas`;

const stored = new Map<string, Promise<{ planId: string }>>();

/** A generated plan (the big plan by default), stored once per bench page (as an import would). */
export function openPlan(options: GenerateOptions = BIG_PLAN): Promise<{ planId: string }> {
  // The start-up cases delete the database to make their next load a first visit: this page's
  // connection then took it as a newer version elsewhere (read-only, closed). Open it again, empty.
  if (databaseStatus.get().outdated) {
    updateDatabaseStatus({ outdated: false });
    stored.clear();
  }
  const key = JSON.stringify(options);
  const known = stored.get(key);
  if (known) return known;
  const done = (async () => {
    await db.open();
    const plan = generatePlan(options);
    const r = await putPlan(plan);
    if (!r.ok) throw new Error(`the big plan was refused: ${r.error.kind}`);
    // Read once so that the first measured open is not the browser's first touch of the data.
    if (!(await getPlan(plan.id))) throw new Error("the big plan was not stored");
    return { planId: plan.id };
  })();
  stored.set(key, done);
  return done;
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Wait (frame by frame) until `ok()`; fails after 20 s. */
export async function waitFor(ok: () => boolean): Promise<void> {
  const until = performance.now() + 20_000;
  while (!ok()) {
    if (performance.now() > until) throw new Error("timed out");
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] as number;
}

/** Resolves once every queued write has committed. */
export function persisted(): Promise<void> {
  return new Promise((resolve) => {
    if (saveState.get().state === "saved") return resolve();
    const stop = saveState.subscribe(() => {
      if (saveState.get().state !== "saved") return;
      stop();
      resolve();
    });
  });
}

/** A quiet page: every write landed, the views have followed (their reads and paints are done). */
export async function settle(): Promise<void> {
  await persisted();
  await nextFrame();
  await new Promise((r) => setTimeout(r, 30));
  await nextFrame();
}

/** Resolves after the frame in progress has been painted. */
export const afterPaint = () => new Promise((r) => setTimeout(r, 0));

export interface Mounted {
  planId: string;
  editor: () => PlanEditor;
  cellText: (row: number, colId: string) => string;
  focusCell: (row: number, colId: string) => void;
  paste: (text: string) => void;
  notice: () => string;
  /** Back to the first row (not measured: a jump, not a scroll). */
  scrollToTop: () => Promise<void>;
  scrollThrough: () => Promise<void>;
  /** Show another sub-area, as the chooser does (the page keeps the sub-area in its address). */
  setArea: (area: string) => void;
  unmount: () => void;
}

/**
 * Mount the plan's grid and resolve when it is interactive: its rows are drawn and a cell takes the
 * focus. `cold`: as on a fresh page load (the plan is read from the database again).
 */
export async function mountGrid(
  planId: string,
  o: { cold?: boolean; area?: string; width?: number } = {},
): Promise<Mounted> {
  if (o.cold) dropSession(planId);
  const host = document.createElement("div");
  host.style.cssText = `width:${o.width ?? 1366}px;height:680px;position:relative;overflow:hidden`;
  document.getElementById("bench-root")?.appendChild(host);
  const root = createRoot(host);
  let editor: PlanEditor | null = null;
  function Grab() {
    editor = usePlanEditor();
    return null;
  }
  const show = (area: string) =>
    root.render(
      <I18nProvider>
        <PlanEditorProvider planId={planId} fallback={() => null}>
          <Grab />
          <PlanGrid area={area} />
        </PlanEditorProvider>
      </I18nProvider>,
    );
  show(o.area ?? "xa-1");
  const cell = (row: number, colId: string) =>
    host.querySelector<HTMLElement>(`.ag-row[row-index="${row}"] .ag-cell[col-id="${CSS.escape(colId)}"]`);
  await waitFor(() => cell(1, "plan:2021") !== null);
  cell(1, "plan:2021")?.focus();
  await waitFor(() => document.activeElement === cell(1, "plan:2021"));
  const body = host.querySelector<HTMLElement>(".ag-grid-viewport");
  return {
    planId,
    editor: () => {
      if (!editor) throw new Error("no editor");
      return editor;
    },
    cellText: (row, colId) => cell(row, colId)?.textContent ?? "",
    focusCell: (row, colId) => cell(row, colId)?.focus(),
    paste: (text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    notice: () => host.querySelector(".grid-messages")?.textContent ?? "",
    scrollToTop: async () => {
      if (!body) throw new Error("no grid body");
      body.scrollTop = 0;
      await nextFrame();
      await new Promise((r) => setTimeout(r, 100));
    },
    scrollThrough: async () => {
      if (!body) throw new Error("no grid body");
      // A planner holding Page Down: one screen per frame down to the last row.
      while (body.scrollTop + body.clientHeight < body.scrollHeight - 1) {
        body.scrollTop += body.clientHeight;
        await new Promise((r) => requestAnimationFrame(r));
      }
      await nextFrame();
    },
    setArea: show,
    unmount: () => {
      root.unmount();
      host.remove();
    },
  };
}

// The page's side of reading files for import: a PlanFileReader reads files in the read worker and
// hands back what the import summary shows; the plan itself crosses over only when the planner
// chooses to import, merge or compare it (structured-cloning a 10 MB plan would block the page).
// Where Worker does not exist (unit tests, very old browsers), the same code runs on the page.
import type { Plan } from "../../domain/schema";
import type { CsvEncoding } from "../spreadsheet/csv";
import type { SheetForMapping } from "../spreadsheet/readForMapping";
import { SheetReadJoiner } from "./sheetParts";
import type { FromWorker, ToWorker } from "./protocol";
import { readForImport, type FileRead } from "./readForImport";

export interface PlanFileReader {
  /** Read one file (its bytes are handed over and can no longer be used by the caller). */
  read(name: string, bytes: ArrayBuffer): Promise<FileRead>;
  /** Read a spreadsheet (.xlsx, CSV) for the import's mapping step; `encoding` forces a CSV's. */
  readSheet(name: string, bytes: ArrayBuffer, encoding?: CsvEncoding | null): Promise<SheetForMapping>;
  /** The plan read under `token`, or null when it was released. */
  plan(token: string): Promise<Plan | null>;
  /** Forget plans no longer needed. */
  release(tokens: readonly string[]): void;
  /** Stop the worker; every pending answer resolves to a refusal. */
  close(): void;
}

/** Reads on the calling thread: for tests and where workers are missing. */
export function createInlineReader(): PlanFileReader {
  const held = new Map<string, Plan>();
  let next = 0;
  const hold = (plan: Plan) => {
    const token = `p${++next}`;
    held.set(token, plan);
    return token;
  };
  return {
    read: async (name, bytes) => readForImport(name, new Uint8Array(bytes), hold),
    // Loaded on first use: the spreadsheet readers stay out of the page's first bundle.
    readSheet: async (name, bytes, encoding = null) =>
      (await import("../spreadsheet/readForMapping")).readForMapping(name, new Uint8Array(bytes), encoding),
    plan: async (token) => held.get(token) ?? null,
    release: (tokens) => tokens.forEach((t) => held.delete(t)),
    close: () => held.clear(),
  };
}

function workerCrashed(name: string, reason: string): FileRead {
  return { name, backup: false, items: [{ ok: false, error: { kind: "unexpected", reason }, entry: null }] };
}

/** Reads in a Web Worker (module worker, allowed by the CSP's worker-src 'self'). */
export function createPlanFileReader(): PlanFileReader {
  if (typeof Worker === "undefined") return createInlineReader();
  let worker: Worker;
  try {
    worker = new Worker(new URL("./readWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return createInlineReader();
  }
  let nextId = 0;
  const waiting = new Map<number, { name: string; resolve: (m: FromWorker | null) => void }>();
  // The parts of each spreadsheet read, until its head arrives (sheetParts.ts).
  const joiners = new Map<number, SheetReadJoiner>();
  const finishAll = () => {
    for (const w of waiting.values()) w.resolve(null);
    waiting.clear();
    joiners.clear();
  };
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    if (e.data.type === "sheetPart") {
      const joiner = joiners.get(e.data.id) ?? new SheetReadJoiner();
      joiners.set(e.data.id, joiner);
      joiner.add(e.data.part);
      return;
    }
    if (e.data.type === "sheet") {
      const joiner = joiners.get(e.data.id);
      joiners.delete(e.data.id);
      if (joiner) e.data.read = joiner.join(e.data.read);
    }
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    w?.resolve(e.data);
  };
  // A worker that fails to start or dies (out of memory on a huge file) must not leave the import
  // screen waiting forever: every pending read is answered with an error.
  worker.onerror = (e) => {
    e.preventDefault();
    finishAll();
  };
  const ask = (message: ToWorker & { id: number }, name: string, transfer: Transferable[] = []) =>
    new Promise<FromWorker | null>((resolve) => {
      waiting.set(message.id, { name, resolve });
      worker.postMessage(message, transfer);
    });
  return {
    read: async (name, bytes) => {
      const answer = await ask({ type: "read", id: ++nextId, name, bytes }, name, [bytes]);
      return answer?.type === "read" ? answer.read : workerCrashed(name, "worker");
    },
    readSheet: async (name, bytes, encoding = null) => {
      const answer = await ask({ type: "sheet", id: ++nextId, name, bytes, encoding }, name, [bytes]);
      return answer?.type === "sheet"
        ? answer.read
        : { read: { ok: false, error: { kind: "damaged", reason: "worker" } }, proposal: null };
    },
    plan: async (token) => {
      const answer = await ask({ type: "plan", id: ++nextId, token }, token);
      return answer?.type === "plan" ? answer.plan : null;
    },
    release: (tokens) => worker.postMessage({ type: "release", tokens: [...tokens] } satisfies ToWorker),
    close: () => {
      worker.terminate();
      finishAll();
    },
  };
}

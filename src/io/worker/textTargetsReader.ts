// The page's side of reading targets from text: each text goes to the text worker and its proposals
// come back. A worker that cannot start (unit tests, old browsers) is replaced by the same code on
// the page; a worker that dies answers every pending read with a "failed" notice, never a hang.
import { readTargetsFromText, type PlanPeriod, type TextReadResult } from "../../domain/textTargets";

export interface TextQuestion {
  id: number;
  text: string;
  period: PlanPeriod | null;
}
export interface TextAnswer {
  id: number;
  result: TextReadResult;
}

export interface TextTargetsReader {
  read(text: string, period: PlanPeriod | null): Promise<TextReadResult>;
  close(): void;
}

const FAILED: TextReadResult = { ok: false, notice: { code: "failed" } };

export function createInlineTextReader(): TextTargetsReader {
  return { read: async (text, period) => readTargetsFromText(text, period), close: () => undefined };
}

export function createTextTargetsReader(): TextTargetsReader {
  if (typeof Worker === "undefined") return createInlineTextReader();
  let worker: Worker;
  try {
    worker = new Worker(new URL("./textTargetsWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return createInlineTextReader();
  }
  let nextId = 0;
  const waiting = new Map<number, (r: TextReadResult) => void>();
  const failAll = () => {
    for (const resolve of waiting.values()) resolve(FAILED);
    waiting.clear();
  };
  worker.onmessage = (e: MessageEvent<TextAnswer>) => {
    const resolve = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    resolve?.(e.data.result);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    failAll();
  };
  return {
    read: (text, period) =>
      new Promise<TextReadResult>((resolve) => {
        const id = ++nextId;
        waiting.set(id, resolve);
        worker.postMessage({ id, text, period } satisfies TextQuestion);
      }),
    close: () => {
      worker.terminate();
      failAll();
    },
  };
}

// Messages between the page and the parts worker. A part's bytes and the .zip are transferred, not
// copied; returned files go over as File handles (the worker reads their bytes itself).
import type { ReadFile } from "./partFiles";

export type ToPartsWorker =
  | { type: "zipAdd"; name: string; bytes: ArrayBuffer }
  | { type: "zipEnd"; now: number }
  | { type: "read"; files: File[] };

export type FromPartsWorker =
  | { type: "zip"; bytes: ArrayBuffer }
  | { type: "readOne"; read: ReadFile }
  | { type: "readDone" }
  | { type: "failed"; reason: string };

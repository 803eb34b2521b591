// Messages between the page and the parts worker. A part's bytes and the .zip are transferred, not
// copied; returned files go over as File handles (the worker reads their bytes itself).
import type { ReadFile } from "./partFiles";

export type ToPartsWorker =
  | { type: "zipAdd"; name: string; bytes: ArrayBuffer }
  | { type: "zipEnd"; now: number }
  /** Files to read; `first` is the position of the first of them among all the files chosen. */
  | { type: "read"; files: File[]; first: number };

export type FromPartsWorker =
  | { type: "zip"; bytes: ArrayBuffer }
  /** One plan file read, from the file at position `file` among all the files chosen. */
  | { type: "readOne"; read: ReadFile; file: number }
  | { type: "readDone" }
  | { type: "failed"; reason: string };

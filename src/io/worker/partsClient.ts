// The page's side of the parts worker (partsWorker.ts): the .zip of all parts is compressed there
// while the page writes the next part, and returned files are read and validated there, the page
// only receiving each plan read. Where Worker does not exist (unit tests), the same work runs here.
import { readPartFiles, type ReadFile, ZipBuilder } from "./partFiles";
import type { FromPartsWorker, ToPartsWorker } from "./partsProtocol";

export interface PartsZipper {
  /** Add one file (its bytes are handed over and can no longer be used by the caller). */
  add(name: string, bytes: Uint8Array): void;
  /** The .zip of every file added, in the order added. */
  finish(now: Date): Promise<Uint8Array>;
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./partsWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/** Listens to a worker until `done` says the answer is complete; a crash rejects. */
function listen(worker: Worker, done: (m: FromPartsWorker) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromPartsWorker>) => {
      if (e.data.type === "failed") reject(new Error(e.data.reason));
      else if (done(e.data)) resolve();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error(e.message || "worker"));
    };
  });
}

export function createPartsZipper(): PartsZipper {
  const worker = startWorker();
  if (!worker) return new ZipBuilder();
  const send = (m: ToPartsWorker, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  // Listened to from the start: a worker that fails to load says so before the .zip is asked for.
  let zip: ArrayBuffer | null = null;
  const answered = listen(worker, (m) => {
    if (m.type === "zip") zip = m.bytes;
    return m.type === "zip";
  });
  answered.catch(() => undefined);
  return {
    add: (name, bytes) => {
      // A view on part of a larger buffer is copied out first: only whole buffers can be handed over.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      send({ type: "zipAdd", name, bytes: own.buffer as ArrayBuffer }, [own.buffer as ArrayBuffer]);
    },
    finish: async (now) => {
      send({ type: "zipEnd", now: now.getTime() });
      try {
        await answered;
      } finally {
        worker.terminate();
      }
      return new Uint8Array(zip as unknown as ArrayBuffer);
    },
  };
}

/** How many workers read returned files at once: two cores keep busy while the page waits. */
const READERS = 2;

/**
 * Read returned files (plan files, or .zip files of them): one entry per plan file found, in order.
 * Off the page, the files shared out between workers; on the page, `between` is awaited after each.
 */
export async function readReturnedParts(
  files: readonly File[],
  between: () => Promise<void>,
): Promise<ReadFile[]> {
  // What each file gave, by its position: the workers answer in any order.
  const byFile: ReadFile[][] = files.map(() => []);
  const found = (read: ReadFile, file: number) => byFile[file]?.push(read);
  const workers: Worker[] = [];
  while (workers.length < Math.min(READERS, files.length)) {
    const worker = startWorker();
    if (!worker) break;
    workers.push(worker);
  }
  if (workers.length === 0) {
    await readPartFiles(files, found, between);
    return byFile.flat();
  }
  const share = Math.ceil(files.length / workers.length);
  try {
    await Promise.all(
      workers.map((worker, w) => {
        const answered = listen(worker, (m) => {
          if (m.type === "readOne") found(m.read, m.file);
          return m.type === "readDone";
        });
        const first = w * share;
        const message: ToPartsWorker = { type: "read", files: files.slice(first, first + share), first };
        worker.postMessage(message);
        return answered;
      }),
    );
  } finally {
    for (const worker of workers) worker.terminate();
  }
  return byFile.flat();
}

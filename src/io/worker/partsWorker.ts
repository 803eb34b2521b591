// The parts worker: compresses the parts of all sub-areas into one .zip while the page writes them,
// and reads the returned files (parsing and validating 170 plan files held the page for seconds).
// One worker per job; messages: see partsProtocol.ts.
import { readPartFiles, ZipBuilder } from "./partFiles";
import type { FromPartsWorker, ToPartsWorker } from "./partsProtocol";

const post = (message: FromPartsWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let zip = new ZipBuilder();
const noPause = () => Promise.resolve();

self.onmessage = (e: MessageEvent<ToPartsWorker>) => {
  const m = e.data;
  switch (m.type) {
    case "zipAdd":
      zip.add(m.name, new Uint8Array(m.bytes));
      break;
    case "zipEnd":
      void zip
        .finish(new Date(m.now))
        .then((bytes) => post({ type: "zip", bytes: bytes.buffer as ArrayBuffer }, [bytes.buffer]))
        .catch((error: unknown) => post({ type: "failed", reason: String(error) }));
      zip = new ZipBuilder();
      break;
    case "read":
      void readPartFiles(m.files, (read, i) => post({ type: "readOne", read, file: m.first + i }), noPause)
        .then(() => post({ type: "readDone" }))
        .catch((error: unknown) => post({ type: "failed", reason: String(error) }));
      break;
  }
};

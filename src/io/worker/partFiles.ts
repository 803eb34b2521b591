// The work on the commune parts' files (all parts out as one .zip, the returned files read back),
// done in the parts worker (partsWorker.ts) or, where there is no worker, on the page: the same
// functions either way.
import type { Plan } from "../../domain/schema";
import type { PlanFileError } from "../planFileErrors";
import { readPlanFile } from "../planFileReader";
import { entryFromGzip, gzip, zipArchive, type ZipEntry } from "../zipWriter";
import { isZip, unzipJsonFiles } from "../zipFiles";

/** One plan file read from the returned files (a .zip gives one per plan file in it). */
export interface ReadFile {
  name: string;
  result: { ok: true; plan: Plan } | { ok: false; error: PlanFileError | { kind: "badZip" } };
}

/** Files added one by one, compressed as they come, and the .zip of them at the end. */
export class ZipBuilder {
  private readonly entries: Promise<ZipEntry>[] = [];

  add(name: string, bytes: Uint8Array): void {
    this.entries.push(gzip(bytes).then((gz) => entryFromGzip(name, gz)));
  }

  async finish(now: Date): Promise<Uint8Array> {
    return zipArchive(await Promise.all(this.entries), now);
  }
}

function readOne(bytes: Uint8Array): ReadFile["result"] {
  const r = readPlanFile(bytes);
  return r.ok ? { ok: true, plan: r.plan } : { ok: false, error: r.error };
}

/**
 * Read returned files (plan files, or .zip files of them) in order; `found` gets one entry per plan
 * file, with the position of the file it came from, and `between` is awaited after each.
 */
export async function readPartFiles(
  files: readonly File[],
  found: (read: ReadFile, file: number) => void,
  between: () => Promise<void>,
): Promise<void> {
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isZip(bytes)) {
      found({ name: file.name, result: readOne(bytes) }, i);
      await between();
      continue;
    }
    const entries = unzipJsonFiles(bytes);
    if (!entries) {
      found({ name: file.name, result: { ok: false, error: { kind: "badZip" } } }, i);
      continue;
    }
    for (const [name, data] of Object.entries(entries)) {
      found({ name: `${file.name} › ${name}`, result: readOne(data) }, i);
      await between();
    }
  }
}

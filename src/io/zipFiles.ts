// .zip files of plan files: the parts of all sub-areas sent in one file, and .zip files that come
// back. Pure (bytes in, bytes out); a damaged archive is a typed refusal, never an exception.
import { strToU8, unzipSync, zipSync } from "fflate";

/** One .zip holding the given text files (UTF-8), in the order given. */
export function zipTextFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = strToU8(f.text);
  return zipSync(entries, { level: 6 });
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The .json files inside a .zip, by name; null when the archive cannot be read. */
export function unzipJsonFiles(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    return unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith(".json") });
  } catch {
    return null;
  }
}

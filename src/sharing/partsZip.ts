// Every commune's part in one .zip (one plan file per sub-area, named by code and name), and the
// files that come back — plan files or .zip files of them — read into plans. Both run mostly in the
// parts worker (src/io/worker/partsClient.ts); what stays on the page yields to it between files,
// so that a long batch never freezes it.
import type { Plan } from "../domain/schema";
import { subAreaPart } from "../domain/sharing/subAreaExport";
import { toNfc } from "../domain/text";
import { planFileName } from "../io";
import { planFileEncoder, writeNfcPlanFile } from "../io/planFileWriter";
import type { ReadFile } from "../io/worker/partFiles";
import { createPartsZipper, readReturnedParts } from "../io/worker/partsClient";

export type { ReadFile };

/**
 * The .zip of all parts: its bytes, its name and how many files it holds. Each part is written on
 * the page (from the plan's texts put in NFC once, not each file's text) and compressed in the
 * worker meanwhile; the page answers between parts.
 */
export async function partsZip(
  plan: Plan,
  now: Date,
  between: () => Promise<void> = pauseEvery(40),
): Promise<{ bytes: Uint8Array; name: string; count: number }> {
  const nfc = toNfc(plan);
  const zipper = createPartsZipper();
  const encode = planFileEncoder();
  const used = new Set<string>();
  for (const area of nfc.subAreas) {
    const part = subAreaPart(nfc, area.id);
    if (!part.ok) continue;
    let name = planFileName(plan, area.code ? `${area.code} ${area.name}` : area.name);
    for (let n = 2; used.has(name); n++) name = name.replace(/(-\d+)?\.htxplan\.json$/, `-${n}.htxplan.json`);
    used.add(name);
    zipper.add(name, encode(writeNfcPlanFile(part.plan, now)));
    await between();
  }
  const zipName = planFileName(plan, "cac-dia-ban").replace(/\.htxplan\.json$/, ".zip");
  return { bytes: await zipper.finish(now), name: zipName, count: used.size };
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A pause for long work done in steps: lets the page draw and answer (a macrotask) once the work
 * since the last pause has taken `sliceMs`; else goes on at once, so that many small steps do not
 * each wait for the page.
 */
export function pauseEvery(sliceMs: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await pause();
    since = performance.now();
  };
}

/** Read returned files (plan files, or .zip files of them); one entry per plan file found. */
export function readReturnedFiles(files: readonly File[]): Promise<ReadFile[]> {
  return readReturnedParts(files, pauseEvery(40));
}

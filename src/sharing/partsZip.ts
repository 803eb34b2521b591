// Every commune's part in one .zip (one plan file per sub-area, named by code and name), and the
// files that come back — plan files or .zip files of them — read into plans. Reading yields to the
// page between files, so that a long batch never freezes it.
import type { Plan } from "../domain/schema";
import { subAreaPart } from "../domain/sharing/subAreaExport";
import { planFileName, readPlanFile, writePlanFile } from "../io";
import type { PlanFileError } from "../io";
import { isZip, unzipJsonFiles, zipTextFiles } from "../io/zipFiles";

/** The .zip of all parts: its bytes, its name and how many files it holds. */
export function partsZip(plan: Plan, now: Date): { bytes: Uint8Array; name: string; count: number } {
  const files: { name: string; text: string }[] = [];
  const used = new Set<string>();
  for (const area of plan.subAreas) {
    const part = subAreaPart(plan, area.id);
    if (!part.ok) continue;
    let name = planFileName(plan, area.code ? `${area.code} ${area.name}` : area.name);
    for (let n = 2; used.has(name); n++) name = name.replace(/(-\d+)?\.htxplan\.json$/, `-${n}.htxplan.json`);
    used.add(name);
    files.push({ name, text: writePlanFile(part.plan, now) });
  }
  const zipName = planFileName(plan, "cac-dia-ban").replace(/\.htxplan\.json$/, ".zip");
  return { bytes: zipTextFiles(files), name: zipName, count: used.size };
}

export interface ReadFile {
  name: string;
  result: { ok: true; plan: Plan } | { ok: false; error: PlanFileError | { kind: "badZip" } };
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
export async function readReturnedFiles(files: readonly File[]): Promise<ReadFile[]> {
  const out: ReadFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isZip(bytes)) {
      out.push({ name: file.name, result: readOne(bytes) });
      await pause();
      continue;
    }
    const entries = unzipJsonFiles(bytes);
    if (!entries) {
      out.push({ name: file.name, result: { ok: false, error: { kind: "badZip" } } });
      continue;
    }
    for (const [name, data] of Object.entries(entries)) {
      out.push({ name: `${file.name} › ${name}`, result: readOne(data) });
      await pause();
    }
  }
  return out;
}

function readOne(bytes: Uint8Array): ReadFile["result"] {
  const r = readPlanFile(bytes);
  return r.ok ? { ok: true, plan: r.plan } : { ok: false, error: r.error };
}

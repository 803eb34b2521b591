// What the export buttons do: write the file, offer it for download, and note the export on the
// plan (the 14-day backup reminder reads it). Every writer is pure (src/io); this is the glue.
import type { Plan } from "../domain/schema";
import { backupFileName, writeBackupFile } from "../io/backupFile";
import { encodePlanFile, FILE_MIME, planFileName, writePlanFile } from "../io";
import { exportFileName } from "../export/fileName";
import type { Lang } from "../i18n/numbers";
import { formatTimestamp } from "../i18n/dates";
import { getPlan, listPlans, markExported } from "../storage/library";
import { downloadBlob } from "../ui/download";

export const fileBlob = (text: string) => new Blob([encodePlanFile(text) as BlobPart], { type: FILE_MIME });

/** The plan as `<province>-<period>.htxplan.json`; marks it exported. */
export async function exportPlanFile(plan: Plan): Promise<string> {
  const now = new Date();
  const name = planFileName(plan);
  downloadBlob(fileBlob(writePlanFile(plan, now)), name);
  await markExported(plan.id, now.toISOString());
  return name;
}

/** A stored plan, by id (a row of the library). */
export async function exportStoredPlan(id: string): Promise<string | null> {
  const plan = await getPlan(id);
  return plan ? exportPlanFile(plan) : null;
}

/** Every plan of the library (not the trash) in one backup file; marks each exported. */
export async function exportBackup(): Promise<{ name: string; count: number }> {
  const now = new Date();
  const summaries = (await listPlans()).filter((p) => !p.deletedAt);
  const plans: Plan[] = [];
  for (const s of summaries) {
    const plan = await getPlan(s.id);
    if (plan) plans.push(plan);
  }
  const name = backupFileName(now);
  downloadBlob(fileBlob(writeBackupFile(plans, now)), name);
  const at = now.toISOString();
  for (const p of plans) await markExported(p.id, at);
  return { name, count: plans.length };
}

/** The CSV writer loads on first use, like the XLSX one. */
export async function exportCsv(plan: Plan, lang: Lang, byArea: boolean): Promise<string> {
  const { CSV_MIME, gridToCsv } = await import("../export/csv");
  const name = exportFileName(plan, "csv");
  downloadBlob(new Blob([gridToCsv(plan, { lang, byArea })], { type: CSV_MIME }), name);
  return name;
}

/** The XLSX writer (and its library) is loaded only now, on first use. */
export async function exportXlsx(plan: Plan, lang: Lang, byArea: boolean): Promise<string> {
  const { gridToXlsx } = await import("../export/xlsx");
  const name = exportFileName(plan, "xlsx");
  const blob = await gridToXlsx(plan, {
    lang,
    byArea,
    exportedAt: formatTimestamp(new Date().toISOString(), lang),
  });
  downloadBlob(blob, name);
  return name;
}

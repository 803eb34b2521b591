// Reading one dropped or picked file for the import screen: a plan file, a backup (many plans), or
// something else. Runs in the read worker (readWorker.ts) so that parsing and validating a large
// file never blocks the page; the same function runs on the page where workers are unavailable.
// It returns what the import summary shows of each plan — not the plan itself, which stays where it
// was read until the planner decides what to do with it (`hold` keeps it under a token).
import { listCells } from "../../domain/cells";
import type { Plan, PlanIdentity, SubArea } from "../../domain/schema";
import { headLooksLikeBackup, readBackupFile } from "../backupFile";
import type { BackupError } from "../backupFile";
import type { FileStamp, PlanFileError, ReadResult, ReadWarning } from "../planFileErrors";
import { readPlanFile } from "../planFileReader";
import { foreignKind, isPlainText, type ForeignKind } from "./fileKind";

/** What the import summary shows of a plan in a file. */
export interface PlanFileSummary extends PlanIdentity {
  reporting: Plan["reporting"];
  illustrative: boolean;
  subAreas: SubArea[];
  indicators: number;
  tasks: number;
  /** Filled values (baselines, targets, actuals) over every indicator and area. */
  values: number;
  file: FileStamp;
}

export type ImportError = PlanFileError | BackupError | { kind: "foreign"; what: ForeignKind };

/** One plan found in a file: a plan file gives one, a backup one per plan it holds. */
export type ImportItem =
  | {
      ok: true;
      /** Where the plan is held until the planner decides (see PlanFileReader.plan). */
      token: string;
      summary: PlanFileSummary;
      warnings: ReadWarning[];
      /** Position in a backup (0-based); null for a plan file. */
      entry: number | null;
    }
  | { ok: false; error: ImportError; entry: number | null };

export interface FileRead {
  name: string;
  /** True when the file was a backup of many plans. */
  backup: boolean;
  items: ImportItem[];
}

export function summarize(plan: Plan, file: FileStamp): PlanFileSummary {
  let values = 0;
  for (const ind of plan.indicators) for (const s of Object.values(ind.series)) values += listCells(s).length;
  return {
    id: plan.id,
    title: plan.title,
    province: plan.province,
    documentType: plan.documentType,
    startYear: plan.startYear,
    endYear: plan.endYear,
    reporting: plan.reporting,
    illustrative: plan.illustrative,
    subAreas: plan.subAreas,
    indicators: plan.indicators.length,
    tasks: plan.tasks.length,
    values,
    file,
  };
}

function item(r: ReadResult, entry: number | null, hold: (plan: Plan) => string): ImportItem {
  if (!r.ok) return { ok: false, error: r.error, entry };
  return { ok: true, token: hold(r.plan), summary: summarize(r.plan, r.file), warnings: r.warnings, entry };
}

function isBackupCandidate(r: ReadResult): boolean {
  return !r.ok && r.error.kind === "notAPlanFile" && r.error.reason === "noFormat";
}

/** Read one file's bytes into what the import screen shows. Never throws. */
export function readForImport(name: string, bytes: Uint8Array, hold: (plan: Plan) => string): FileRead {
  const foreign = foreignKind(bytes, name);
  if (foreign)
    return {
      name,
      backup: false,
      items: [{ ok: false, error: { kind: "foreign", what: foreign }, entry: null }],
    };
  if (bytes.length > 0 && isPlainText(bytes))
    return {
      name,
      backup: false,
      items: [{ ok: false, error: { kind: "foreign", what: "text" }, entry: null }],
    };
  const single = readPlanFile(bytes);
  const tooLargeBackup = !single.ok && single.error.kind === "tooLarge" && headLooksLikeBackup(bytes);
  if (!isBackupCandidate(single) && !tooLargeBackup) {
    return { name, backup: false, items: [item(single, null, hold)] };
  }
  // Another program's JSON, or a backup of many plans: only a backup is read further.
  const backup = readBackupFile(bytes);
  if (!backup.ok) {
    const error = backup.error;
    return { name, backup: error.kind.startsWith("backup"), items: [{ ok: false, error, entry: null }] };
  }
  return { name, backup: true, items: backup.entries.map((r, i) => item(r, i, hold)) };
}

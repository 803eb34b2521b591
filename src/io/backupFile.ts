// The backup file: every plan of the library in one file, so that a planner can keep a copy of all
// their work outside the browser and restore it on another computer (docs/file-format.md "Backup
// file"). The envelope holds an array of ordinary plan files; each one is read back by the same
// reader as a single plan file, so a backup can never smuggle in what a plan file could not.
import type { Plan } from "../domain/schema";
import { bytesToText } from "./bytesToText";
import { APP_NAME, APP_VERSION, CURRENT_FORMAT_VERSION, FORMAT, MAX_DEPTH } from "./planFileFormat";
import type { PlanFileError, ReadResult } from "./planFileErrors";
import { readPlanFile } from "./planFileReader";
import { parseJsonSafely } from "./safeJson";

/** The value of "format" in every backup file. */
export const BACKUP_FORMAT = "htx-plan-backup";
/** The backup format version this app writes. */
export const BACKUP_FORMAT_VERSION = 1;
/** A backup holds many plans: it may be larger than one plan file (50 MB), up to this. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;
export const BACKUP_SUFFIX = ".htxplan-backup.json";

/** Why a backup file as a whole cannot be read (each plan in it has its own ReadResult). */
export type BackupError =
  | { kind: "backupInvalid" } // the envelope is not as documented (no "plans" array, bad version)
  | { kind: "backupNewer"; version: number }; // written by a newer app

export type BackupRead =
  | { ok: true; entries: ReadResult[]; exportedAt: string | null }
  | { ok: false; error: BackupError | PlanFileError };

/** The backup's text: the envelope and one plan file per plan, 2-space indented, NFC, final newline. */
export function writeBackupFile(plans: readonly Plan[], now: Date): string {
  const exportedAt = now.toISOString();
  const app = { name: APP_NAME, version: APP_VERSION };
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app,
    exportedAt,
    plans: plans.map((plan) => ({
      format: FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      app,
      exportedAt,
      plan,
    })),
  };
  return `${JSON.stringify(file, null, 2).normalize("NFC")}\n`;
}

/** "htx-plan-sao-luu-2025-06-30.htxplan-backup.json" (the date in the reader's time zone). */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `htx-plan-sao-luu-${day}${BACKUP_SUFFIX}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Whether parsed JSON claims to be a backup (decides which reader gets it). */
export function looksLikeBackup(value: unknown): boolean {
  return isObject(value) && value.format === BACKUP_FORMAT;
}

/** Whether the first bytes of a file name the backup format (to allow it past the plan size limit). */
export function headLooksLikeBackup(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  return /"format"\s*:\s*"htx-plan-backup"/.test(head);
}

/**
 * Read a backup: its envelope, then every plan in it with the plan file reader (each plan opens or
 * is refused on its own, with its own located errors). Never throws.
 */
export function readBackupFile(input: Uint8Array | ArrayBuffer | string): BackupRead {
  try {
    const text = bytesToText(input, MAX_BACKUP_BYTES);
    if (!text.ok) return text;
    // One level deeper than a plan file: the array of plans.
    const json = parseJsonSafely(text.text, MAX_DEPTH + 2);
    if (!json.ok) return json;
    const value = json.value;
    // Not a backup at all: say so as the plan reader would (another program's JSON).
    if (!isObject(value) || value.format !== BACKUP_FORMAT)
      return {
        ok: false,
        error: { kind: "notAPlanFile", reason: isObject(value) ? "noFormat" : "notAnObject" },
      };
    const version = value.formatVersion;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
      return { ok: false, error: { kind: "backupInvalid" } };
    if (version > BACKUP_FORMAT_VERSION) return { ok: false, error: { kind: "backupNewer", version } };
    if (!Array.isArray(value.plans)) return { ok: false, error: { kind: "backupInvalid" } };
    const entries = value.plans.map((entry) => readPlanFile(JSON.stringify(entry)));
    const exportedAt = typeof value.exportedAt === "string" ? value.exportedAt.slice(0, 40) : null;
    return { ok: true, entries, exportedAt };
  } catch (e) {
    return { ok: false, error: { kind: "unexpected", reason: e instanceof Error ? e.message : String(e) } };
  }
}

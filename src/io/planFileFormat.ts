// The plan file (format version 2): the format planners email to each other (docs/file-format.md). An envelope names
// the format and its version, the app that wrote it and when, then carries one plan. The zod schema
// below is the source of validation and of the published JSON Schema (public/htxplan.schema.json).
import { z } from "zod";
import { version as packageVersion } from "../../package.json";
import { Plan } from "../domain/schema";

/** The value of "format" in every plan file. */
export const FORMAT = "htx-plan";
/** The format version this app writes. Files of versions 1..CURRENT open (older ones by migration). */
export const CURRENT_FORMAT_VERSION = 2;
export const APP_NAME = "HTX Plan";
export const APP_VERSION: string = packageVersion;
/** Largest file the reader accepts (DECISIONS.md "Limits"): 50 MB. */
export const MAX_FILE_MB = 50;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
/** Deepest nesting of arrays and objects a plan file may have; a v1 plan needs 7. */
export const MAX_DEPTH = 64;
/** The suffix of a plan file's name. */
export const FILE_SUFFIX = ".htxplan.json";
/** The MIME type used when offering a plan file for download. */
export const FILE_MIME = "application/json";

export const AppStamp = z.strictObject({
  /** Name of the program that wrote the file: "HTX Plan", or a converter's own name. */
  name: z.string().min(1).max(100),
  /** Its version, free text ("0.1.0"). */
  version: z.string().max(50),
});

/**
 * The plan file of the current format version, exactly as written and read. Version 2 added sub-area
 * groups and codes, the plan's status basis and approximate ranges (docs/file-format.md).
 */
export const PlanFileV2 = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  app: AppStamp,
  /** When the file was written: ISO 8601 date and time with a time zone ("2025-06-30T08:00:00.000Z"). */
  exportedAt: z.iso.datetime({ offset: true }),
  plan: Plan,
});
export type PlanFileV2 = z.infer<typeof PlanFileV2>;

/** The schema of the current version: what migrations end in and what the reader validates. */
export const CurrentPlanFile = PlanFileV2;
export type CurrentPlanFile = PlanFileV2;

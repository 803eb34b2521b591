// What reading a plan file can give back: the plan, or one typed error. The reader never throws; the
// interface maps each error kind to a message in the user's language (src/i18n/planFileErrorText.ts)
// with an exhaustive switch, so a new kind cannot be forgotten there.
import type { PlanProblemCode } from "../domain/planChecks";
import type { Plan } from "../domain/schema";

/**
 * Where in the plan something is wrong, in the planner's terms where the file allows it
 * (indicator "1.2", sub-area "Huyện Trà Cú", year 2023, first half), and always as a JSON path
 * for whoever wrote the file with a converter.
 */
export interface Place {
  /** JSON path from the top of the file: `plan.indicators[3].series["tra-cu"].actual["2023-H1"]`. */
  path: string;
  /** The indicator's code as written in the plan ("1.2"), or "#4" (its position) when it has none. */
  indicator?: string;
  /** The task's code, or "#2" (its position) when it has none. */
  task?: string;
  /** The sub-area's name (its id when the file gives no name). */
  area?: string;
  year?: number;
  half?: "H1" | "H2";
  /** Which value of the series: the baseline, the total, a yearly target, an actual or a note. */
  cell?: "baseline" | "total" | "plan" | "actual" | "note";
  /** The field at fault, in the file's own words ("title", "startYear", "value"). */
  field?: string;
}

/** What is wrong with a value that does not fit the schema. */
export type InvalidIssueCode =
  | "missing" // a required field is absent
  | "wrongType" // a text where a number is expected, …
  | "notFinite" // Infinity or NaN (1e309 in the file)
  | "tooLong" // text or list longer than allowed
  | "tooShort" // empty where text is required
  | "tooBig" // a number above its maximum (a year after 2100)
  | "tooSmall" // a number below its minimum
  | "notWhole" // a fraction where a whole number is required (a year)
  | "badValue" // not one of the allowed words ("unit": "cái")
  | "badFormat" // a date or key not in the required form
  | "badKey" // a record key not in the required form ("plan": {"20x": …})
  | "unknownField" // a field the format does not have
  | "other";

export interface LocatedIssue {
  code: InvalidIssueCode;
  place: Place;
  /** For unknownField: the field names; for badValue: nothing more. */
  keys?: string[];
}

export interface LocatedProblem {
  code: PlanProblemCode;
  place: Place;
}

/** The reason a file is not a plan file at all. */
export type NotAPlanFileReason =
  | "notAnObject" // JSON, but a list, a number or a text
  | "noFormat" // an object without "format": "htx-plan" (another program's JSON)
  | "barePlan" // a plan without its envelope (someone copied only the "plan" part)
  | "badVersion"; // "formatVersion" is not a whole number ≥ 1

export type PlanFileError =
  | { kind: "tooLarge"; size: number; limit: number }
  | { kind: "empty" }
  | { kind: "notUtf8"; offset: number }
  | { kind: "notJson"; offset: number; line: number; column: number }
  | { kind: "tooDeep"; limit: number; line: number }
  | { kind: "unsafeKey"; key: string; path: string }
  | { kind: "notAPlanFile"; reason: NotAPlanFileReason }
  | { kind: "newerVersion"; version: number; supported: number; appVersion: string | null }
  | { kind: "migrationFailed"; from: number; to: number; reason: string }
  | { kind: "invalid"; issues: LocatedIssue[]; total: number }
  | { kind: "domain"; problems: LocatedProblem[]; total: number }
  | { kind: "unexpected"; reason: string };

export type PlanFileErrorKind = PlanFileError["kind"];

/** Things worth telling but that do not stop the plan from opening. */
export type ReadWarning =
  { kind: "migrated"; from: number; to: number } | { kind: "textNormalized"; count: number };

/** Who wrote the file and when, as the file says. */
export interface FileStamp {
  formatVersion: number;
  appName: string;
  appVersion: string;
  exportedAt: string;
}

export type ReadResult =
  | { ok: true; plan: Plan; fromVersion: number; file: FileStamp; warnings: ReadWarning[] }
  | { ok: false; error: PlanFileError };

/** How many located issues or problems an error carries at most; `total` says how many there were. */
export const MAX_LISTED = 50;

// The plan file, for the rest of the app: read, write, name, and the format's constants.
// Error kinds and their messages: ./planFileErrors and src/i18n/planFileErrorText.ts.
export { readPlanFile, type ReadOptions } from "./planFileReader";
export { writePlanFile, encodePlanFile, planFileName } from "./planFileWriter";
export {
  APP_NAME,
  APP_VERSION,
  CURRENT_FORMAT_VERSION,
  FILE_MIME,
  FILE_SUFFIX,
  FORMAT,
  MAX_FILE_BYTES,
  MAX_FILE_MB,
  PlanFileV2,
} from "./planFileFormat";
export type {
  FileStamp,
  InvalidIssueCode,
  LocatedIssue,
  LocatedProblem,
  NotAPlanFileReason,
  Place,
  PlanFileError,
  PlanFileErrorKind,
  ReadResult,
  ReadWarning,
} from "./planFileErrors";

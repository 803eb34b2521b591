// Targets from the text of a programme (issue 13): the one entry point other folders use.
export { readTargetsFromText } from "./readTargets";
export { MAX_TEXT_CHARS } from "./prepare";
export type * from "./types";

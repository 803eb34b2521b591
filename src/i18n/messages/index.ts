// All interface strings. Each feature keeps its own file; this merges them. Adding a feature's
// messages: create messages/<feature>.ts with bilingual(vi, en) and add it to PARTS.
import { appShell } from "./app";
import { common } from "./common";
import { chartMessages } from "./charts";
import { domainTerms } from "./domain";
import { figureMessages } from "./figures";
import { gridMessages } from "./grid";
import { libraryMessages } from "./library";
import { planFileMessages } from "./planFile";
import { sharing } from "./sharing";
import { sharingUi } from "./sharingUi";
import type { spreadsheetMessages } from "./spreadsheet";
import { storageMessages } from "./storage";
import type { textTargetsMessages } from "./textTargets";
import type { provinceMessages } from "./province";
import type { comparisonMessages } from "./comparison";

// One part per line, so that features added side by side merge without conflict.
// prettier-ignore
const PARTS = [
  common,
  domainTerms,
  appShell,
  sharing,
  libraryMessages,
  storageMessages,
  chartMessages,
  planFileMessages,
  sharingUi,
  gridMessages,
  figureMessages,
] as const;

/**
 * Parts brought by code that loads on demand (a plan's page, the spreadsheet import), so that the
 * library's first visit does not carry them: ../featureMessages.ts registers them when that code
 * loads. Their keys are message keys like any other.
 */
type LazyParts =
  | typeof textTargetsMessages
  | typeof provinceMessages
  | typeof spreadsheetMessages
  | typeof comparisonMessages;

type Keys<P> = P extends { vi: Record<infer K, string> } ? K : never;
export type MessageKey = Keys<(typeof PARTS)[number]> | Keys<LazyParts>;

function merge(lang: "vi" | "en"): Record<MessageKey, string> {
  const out: Record<string, string> = {};
  for (const part of PARTS) {
    for (const [k, v] of Object.entries(part[lang])) {
      if (k in out) throw new Error(`message key defined twice: ${k}`);
      out[k] = v;
    }
  }
  return out as Record<MessageKey, string>;
}

export const MESSAGES = { vi: merge("vi"), en: merge("en") };

/** Add the messages of a part that loads on demand (a key may not be defined twice). */
export function registerMessages(...parts: readonly { vi: object; en: object }[]): void {
  for (const part of parts) {
    for (const lang of ["vi", "en"] as const) {
      for (const [k, v] of Object.entries(part[lang] as Record<string, string>)) {
        const known = (MESSAGES[lang] as Record<string, string>)[k];
        if (known !== undefined && known !== v) throw new Error(`message key defined twice: ${k}`);
        (MESSAGES[lang] as Record<string, string>)[k] = v;
      }
    }
  }
}

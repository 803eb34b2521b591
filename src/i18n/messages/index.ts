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
import { spreadsheetMessages } from "./spreadsheet";
import { storageMessages } from "./storage";
import { textTargetsMessages } from "./textTargets";
import { provinceMessages } from "./province";

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
  textTargetsMessages,
  provinceMessages,
  spreadsheetMessages,
] as const;

type Keys<P> = P extends { vi: Record<infer K, string> } ? K : never;
export type MessageKey = Keys<(typeof PARTS)[number]>;

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

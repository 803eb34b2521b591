// A plain translator for the pure parts of the grid (rows, paste reports), so that they can be unit
// tested without React: the same messages and the same `fill` as useI18n().t.
import { fill } from "./bilingual";
import { MESSAGES, type MessageKey } from "./messages";
import type { Lang } from "./numbers";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => fill(MESSAGES[lang][key], params);
}

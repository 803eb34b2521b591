// The one translator: a message key and its parameters → the sentence in one language. The React
// context (I18nProvider) hands out this same function; pure code (grid rows, paste reports, exports,
// error texts) takes it as a parameter so that it can be unit tested without React.
import { fill } from "./bilingual";
import { MESSAGES, type MessageKey } from "./messages";
import type { Lang } from "./numbers";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  // A key of a part that has not loaded yet shows as the key, never as a crash.
  return (key, params) => fill(MESSAGES[lang][key] ?? key, params);
}

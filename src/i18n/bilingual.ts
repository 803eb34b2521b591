// Every interface string exists in Vietnamese and English. A feature's messages are declared with
// `bilingual(vi, en)`: the English side must have exactly the keys of the Vietnamese side, so a
// missing translation is a type error (and test/unit/i18n.messages.test.ts checks it at run time).
export interface Bilingual<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

export function bilingual<const V extends Record<string, string>>(
  vi: V,
  en: { [K in keyof V]: string },
): Bilingual<Extract<keyof V, string>> {
  return { vi, en } as Bilingual<Extract<keyof V, string>>;
}

/** "{n} chỉ tiêu" with { n: "9" } → "9 chỉ tiêu". */
export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

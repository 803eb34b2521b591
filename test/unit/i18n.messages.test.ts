import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/i18n/messages";

describe("interface messages", () => {
  it("exist in Vietnamese and English for every key, none empty", () => {
    const vi = Object.keys(MESSAGES.vi).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(vi);
    for (const lang of ["vi", "en"] as const) {
      for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v.trim(), `${lang}:${k}`).not.toBe("");
    }
  });

  it("use the same placeholders in both languages (dates may be spelled out differently)", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // A date is written "ngày {d} tháng {m} năm {y}" in Vietnamese and "{date}" in English.
    const DATE_PARTS = new Set(["d", "m", "y", "date"]);
    const nonDate = (s: string) => holes(s).filter((h) => !DATE_PARTS.has(h as string));
    for (const k of Object.keys(MESSAGES.vi) as (keyof typeof MESSAGES.vi)[]) {
      expect(nonDate(MESSAGES.en[k]), k).toEqual(nonDate(MESSAGES.vi[k]));
    }
  });
});

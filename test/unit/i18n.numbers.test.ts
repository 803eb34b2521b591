import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, readNumber } from "../../src/i18n/numbers";
import { formatTarget, readTarget } from "../../src/i18n/targets";

describe("numbers the Vietnamese way", () => {
  it("formats 1.360 and 5,5% in vi, 1,360 and 5.5% in en", () => {
    expect(formatNumber(1360, "vi")).toBe("1.360");
    expect(formatPercent(5.5, "vi")).toBe("5,5%");
    expect(formatNumber(1360, "en")).toBe("1,360");
    expect(formatPercent(5.5, "en")).toBe("5.5%");
  });

  it.each([
    ["1.360", "vi", 1360],
    ["1.360,5", "vi", 1360.5],
    ["5,5", "vi", 5.5],
    ["5,5%", "vi", 5.5],
    ["1 360", "vi", 1360],
    ["-3", "vi", -3],
    ["1,360", "en", 1360],
    ["5.5", "en", 5.5],
    ["1,360.25", "en", 1360.25],
  ] as const)("reads %s in %s", (text, lang, value) => {
    expect(readNumber(text, lang)).toEqual({ ok: true, value });
  });

  it("reports a value that makes sense only in the other locale, and does not guess", () => {
    expect(readNumber("5.5", "vi")).toEqual({ ok: false, error: "otherLocale" });
    expect(readNumber("1,360.5", "vi")).toEqual({ ok: false, error: "otherLocale" });
    expect(readNumber("1.360,5", "en")).toEqual({ ok: false, error: "otherLocale" });
    expect(readNumber("mười", "vi")).toEqual({ ok: false, error: "notANumber" });
    expect(readNumber("  ", "vi")).toEqual({ ok: false, error: "empty" });
  });

  it("writes and reads targets as planners write them", () => {
    const o = { lang: "vi" as const, unit: "htx" as const, scale: "million" as const };
    expect(formatTarget({ bound: "atLeast", value: 20 }, o)).toBe("≥ 20");
    expect(formatTarget({ bound: "moreThan", value: 15 }, o)).toBe("> 15");
    expect(formatTarget({ bound: "range", min: 15, max: 20 }, o)).toBe("15–20");
    expect(formatTarget({ bound: "about", value: 50 }, o)).toBe("~50");
    expect(readTarget("≥ 20", o)).toEqual({ ok: true, target: { bound: "atLeast", value: 20 } });
    expect(readTarget("ít nhất 20", o)).toEqual({ ok: true, target: { bound: "atLeast", value: 20 } });
    expect(readTarget("250 trở lên", o)).toEqual({ ok: true, target: { bound: "atLeast", value: 250 } });
    expect(readTarget("trên 15", o)).toEqual({ ok: true, target: { bound: "moreThan", value: 15 } });
    expect(readTarget("15 - 20", o)).toEqual({ ok: true, target: { bound: "range", min: 15, max: 20 } });
    expect(readTarget("từ 15 đến 20", o)).toEqual({ ok: true, target: { bound: "range", min: 15, max: 20 } });
    expect(readTarget("khoảng 1.360", o)).toEqual({ ok: true, target: { bound: "about", value: 1360 } });
    expect(readTarget("-5", o)).toEqual({ ok: true, target: { bound: "exact", value: -5 } });
  });

  it("reads 'khoảng 20-30%' as an approximate range and writes it 'khoảng 20–30' (en 'about')", () => {
    const o = { lang: "vi" as const, unit: "percent" as const, scale: "million" as const };
    const about = { bound: "range", min: 20, max: 30, about: true } as const;
    expect(readTarget("khoảng 20-30%", o)).toEqual({ ok: true, target: about });
    expect(readTarget("khoảng 20 - 30", o)).toEqual({ ok: true, target: about });
    expect(readTarget("20-30", o)).toEqual({ ok: true, target: { bound: "range", min: 20, max: 30 } });
    expect(formatTarget(about, o)).toBe("khoảng 20–30");
    expect(formatTarget(about, { ...o, lang: "en" })).toBe("about 20–30");
  });

  it("reads and shows money in the plan's scale, stored in whole đồng", () => {
    const o = { lang: "vi" as const, unit: "dong" as const, scale: "billion" as const };
    expect(readTarget("2,5", o)).toEqual({ ok: true, target: { bound: "exact", value: 2_500_000_000 } });
    expect(formatTarget({ bound: "exact", value: 2_500_000_000 }, o)).toBe("2,5");
  });
});

// Bad input for targets from text: each gets a clear notice, never a crash, and nothing is proposed
// that the text does not say.
import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, readTargetsFromText } from "../../../src/domain/textTargets";
import { SEED_TEXTS } from "../../fixtures/seed-texts";

const PERIOD = { startYear: 2026, endYear: 2030 };

describe("targets from text: bad input", () => {
  it("empty or blank text is refused as empty", () => {
    for (const text of ["", "   \n\t  ", "\u00a0\n"]) {
      expect(readTargetsFromText(text, PERIOD)).toEqual({ ok: false, notice: { code: "empty" } });
    }
  });

  it("text with no target says so", () => {
    const r = readTargetsFromText("Hôm nay trời nắng. Số lượt xem: 64. Điện thoại: 0291.3824832", PERIOD);
    expect(r.ok && r.reading.indicators).toEqual([]);
    expect(r.ok && r.reading.notices).toEqual([{ code: "noTargets" }]);
  });

  it("binary data is refused with the place of the first control character", () => {
    const bytes = "PK\u0003\u0004\u0000\u0000binary";
    expect(readTargetsFromText(bytes, PERIOD)).toEqual({ ok: false, notice: { code: "binary", at: 2 } });
  });

  it("5 MB of text is refused with its size and the limit, without reading it", () => {
    const huge = "Thành lập mới 100 HTX. ".repeat(Math.ceil((5 * 1024 * 1024) / 23));
    const r = readTargetsFromText(huge, PERIOD);
    expect(r).toEqual({ ok: false, notice: { code: "tooLong", chars: huge.length, max: MAX_TEXT_CHARS } });
  });

  it("HTML: tags and scripts are blanked (positions kept), the words read, the notice given", () => {
    const html =
      '<html><body><script>var x = "thành lập mới 999 HTX";</script><style>.a{}</style>' +
      "<p>Thành lập mới <b>12 HTX</b> nông nghiệp.</p><!-- 50 HTX --></body></html>";
    const r = readTargetsFromText(html, PERIOD);
    if (!r.ok) throw new Error(r.notice.code);
    expect(r.reading.text.length).toBe(html.length);
    expect(r.reading.text).not.toMatch(/<|>|999|script/);
    expect(r.reading.notices).toContainEqual({ code: "html" });
    expect(r.reading.indicators.map((p) => [p.unit, p.total])).toEqual([
      ["htx", { bound: "exact", value: 12 }],
    ]);
  });

  it("decomposed (NFD) Vietnamese reads like composed text, with a notice", () => {
    const text = SEED_TEXTS["tra-vinh-2021-2025"] ?? "";
    const nfc = readTargetsFromText(text, PERIOD);
    const nfd = readTargetsFromText(text.normalize("NFD"), PERIOD);
    if (!nfc.ok || !nfd.ok) throw new Error("not read");
    expect(nfd.reading.notices).toContainEqual({ code: "decomposed" });
    expect(nfd.reading.indicators.map((p) => [p.name, p.total])).toEqual(
      nfc.reading.indicators.map((p) => [p.name, p.total]),
    );
  });

  it("mixed NFD and NFC in one text", () => {
    const text = `Thành lập mới 20 HTX. ${"Có ít nhất 90% HTX hoạt động hiệu quả.".normalize("NFD")}`;
    const r = readTargetsFromText(text, PERIOD);
    if (!r.ok) throw new Error("not read");
    expect(r.reading.indicators.map((p) => p.total)).toEqual([
      { bound: "exact", value: 20 },
      { bound: "atLeast", value: 90 },
    ]);
  });

  it("numbers in English format are reported, not guessed", () => {
    const text = "Thu hút thêm 1,360 thành viên. Tỷ lệ HTX có lãi đạt 5.5%.";
    const r = readTargetsFromText(text, PERIOD);
    if (!r.ok) throw new Error("not read");
    expect(r.reading.indicators).toEqual([]);
    expect(r.reading.notices).toEqual([
      { code: "englishNumber", at: text.indexOf("1,360"), text: "1,360" },
      { code: "englishNumber", at: text.indexOf("5.5"), text: "5.5" },
      { code: "noTargets" },
    ]);
  });

  it("dates, document numbers, years and phone numbers are not targets", () => {
    const r = readTargetsFromText(
      "Ngày 26/7/2021, UBND tỉnh ban hành Quyết định số 332/QĐ-UBND giai đoạn 2021 - 2025 theo Luật HTX năm 2012. Điện thoại: 0291.3824832. 02/03/2020 232 Lượt xem",
      PERIOD,
    );
    expect(r.ok && r.reading.indicators).toEqual([]);
  });

  it("nothing is invented: no year, no yearly split, no deadline that the text does not give", () => {
    const r = readTargetsFromText("Thành lập mới 20 HTX. Tăng cường công tác tuyên truyền về HTX.", PERIOD);
    if (!r.ok) throw new Error("not read");
    expect(r.reading.indicators[0]).toMatchObject({
      targetYear: null,
      plan: {},
      total: { bound: "exact", value: 20 },
    });
    expect(r.reading.tasks[0]).toMatchObject({ deadline: null });
  });

  it("random text never throws", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = "0123456789.,;:%-–()/ abcđươàáảãạHTXhợptácxãtổ\nkhoảngtừđếntrênítnhất≥";
    for (let i = 0; i < 300; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(rnd() * 200) },
        () => alphabet[Math.floor(rnd() * alphabet.length)],
      ).join("");
      expect(() => readTargetsFromText(text, PERIOD)).not.toThrow();
    }
  });
});

describe("targets from text: names keep the source's words", () => {
  it("a name ending in a word that is also a link word keeps it (điện tử, Việt Nam)", () => {
    const r = readTargetsFromText(
      "Hỗ trợ 20 THT tham gia sàn thương mại điện tử. Có 30 HTX xuất khẩu sang Việt Nam.",
      PERIOD,
    );
    if (!r.ok) throw new Error("not read");
    expect(r.reading.indicators.map((p) => p.name)).toEqual([
      "Hỗ trợ THT tham gia sàn thương mại điện tử",
      "HTX xuất khẩu sang Việt Nam",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { copyBlockText, toTsv } from "../../../src/grid/copyBlock";
import { parseBlock } from "../../../src/grid/pasteBlock";
import { buildRows } from "../../../src/grid/rows";
import { translator } from "../../../src/i18n/translator";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

describe("copying a block", () => {
  it("quotes cells with tabs, line breaks or a leading quote, so that pasting reads them back", () => {
    const block = [
      ["a\tb", "x"],
      ['"q"', "dòng 1\ndòng 2"],
    ];
    expect(toTsv(block)).toBe('"a\tb"\tx\n"""q"""\t"dòng 1\ndòng 2"');
    expect(parseBlock(toTsv(block))).toEqual(block);
  });

  it("copies values in the interface's language, without group headings or estimate marks", () => {
    const colIds = ["code", "plan:2025", "actual:2025"];
    for (const [lang, expected] of [
      ["vi", "1\t20\t20\n2\t4\t5"],
      ["en", "1\t20\t20\n2\t4\t5"],
    ] as const) {
      const rows = buildRows(demoTraVinh, { lang, t: translator(lang), area: "tra-cu", writable: true });
      // Rows 0..2: the heading, indicator 1, indicator 2.
      const { text, cells } = copyBlockText(rows, colIds, { top: 0, left: 0, bottom: 2, right: 2 });
      expect(text).toBe(expected);
      expect(cells).toBe(6);
    }
  });

  it("copies large numbers and decimals the way the language writes them", () => {
    const colIds = ["baseline", "actual:2021"];
    const vi = buildRows(demoTraVinh, { lang: "vi", t: translator("vi"), area: "tra-cu", writable: true });
    const en = buildRows(demoTraVinh, { lang: "en", t: translator("en"), area: "tra-cu", writable: true });
    const at = vi.findIndex((r) => r.type === "indicator" && r.indicatorId === "demo-4");
    const rect = { top: at, left: 0, bottom: at, right: 1 };
    expect(copyBlockText(vi, colIds, rect).text).toBe("4.200\t4.870");
    expect(copyBlockText(en, colIds, rect).text).toBe("4,200\t4,870");
  });
});

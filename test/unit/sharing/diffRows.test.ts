import { describe, expect, it } from "vitest";
import type { I18n } from "../../../src/i18n/I18nProvider";
import { fill } from "../../../src/i18n/bilingual";
import { MESSAGES, type MessageKey } from "../../../src/i18n/messages";
import { planDiff } from "../../../src/domain/sharing/planDiff";
import { diffRow } from "../../../src/sharing/diffRows";
import { importErrorText } from "../../../src/sharing/importErrorText";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import type { Plan } from "../../../src/domain/schema";

const say = (lang: "vi" | "en"): Pick<I18n, "t" | "lang"> => ({
  lang,
  t: (key: MessageKey, params?: Record<string, string | number>) => fill(MESSAGES[lang][key], params),
});

function changed(): Plan {
  const file = structuredClone(demoTraVinh);
  const ind = file.indicators.find((i) => i.code === "4")!;
  ind.series["tra-cu"]!.actual["2024"] = { value: 7500, status: "estimate" };
  ind.series["tra-cu"]!.notes["actual:2024"] = "<b>xã báo lại</b>";
  file.title = "Tên mới";
  return file;
}

describe("differences as rows a planner reads", () => {
  it("names indicator, sub-area and cell, and writes values as the grid does (vi and en)", () => {
    const file = changed();
    const diff = planDiff(demoTraVinh, file);
    const rows = diff.items.map((i) => diffRow(i, demoTraVinh, file, say("vi")));
    const cell = rows.find((r) => r.what === "Số liệu")!;
    expect(cell).toMatchObject({
      indicator: "4. Thành viên tổ hợp tác, HTX, Liên hiệp HTX",
      area: "Huyện Trà Cú",
      cell: "TH 2024",
      local: "7.310 (chính thức)",
      file: "7.500 (ước)",
      removes: false,
    });
    const note = rows.find((r) => r.what === "Ghi chú")!;
    expect(note).toMatchObject({ local: "—", file: "<b>xã báo lại</b>" });
    expect(rows.find((r) => r.what === "Thông tin kế hoạch")).toMatchObject({ cell: "Tên", file: "Tên mới" });
    const en = diff.items.map((i) => diffRow(i, demoTraVinh, file, say("en")));
    expect(en.find((r) => r.what === "Figure")).toMatchObject({
      cell: "Actual 2024",
      file: "7,500 (estimate)",
    });
  });

  it("marks taking the file's side of a removal", () => {
    const file = structuredClone(demoTraVinh);
    file.indicators = file.indicators.slice(1);
    const [row] = planDiff(demoTraVinh, file).items.map((i) => diffRow(i, demoTraVinh, file, say("vi")));
    expect(row).toMatchObject({ what: "Chỉ tiêu không còn", removes: true });
  });
});

describe("what the import says about a file it refuses", () => {
  it("names what was dropped by mistake, in both languages", () => {
    expect(importErrorText({ kind: "foreign", what: "image" }, say("vi")).summary).toContain("tệp ảnh");
    expect(importErrorText({ kind: "foreign", what: "spreadsheet" }, say("en")).summary).toContain(
      "spreadsheet",
    );
    expect(importErrorText({ kind: "backupNewer", version: 3 }, say("vi")).summary).toContain("định dạng 3");
    expect(importErrorText({ kind: "empty" }, say("en")).nothingChanged).toBe(
      MESSAGES.en["file.nothingChanged"],
    );
  });
});

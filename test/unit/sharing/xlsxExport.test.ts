import readXlsxFile, { readSheet } from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import type { Indicator, Plan } from "../../../src/domain/schema";
import { XLSX_MIME, gridToXlsx, sheetName } from "../../../src/export/xlsx";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

async function sheets(plan: Plan, lang: "vi" | "en", byArea = false) {
  const blob = await gridToXlsx(plan, { lang, byArea, exportedAt: "01/10/2026" });
  expect(blob.type).toBe(XLSX_MIME);
  return readXlsxFile(await blob.arrayBuffer());
}

describe("XLSX export of the grid", () => {
  it("reads back with Vietnamese headers and numbers as numbers", async () => {
    const [indicators, about] = await sheets(demoTraVinh, "vi");
    expect(indicators!.sheet).toBe("Chỉ tiêu");
    const [header, ...rows] = indicators!.data;
    const col = (name: string) => header!.indexOf(name);
    expect(header!.slice(0, 3)).toEqual(["Mã", "Chỉ tiêu", "Đơn vị tính"]);
    expect(rows).toHaveLength(demoTraVinh.indicators.length);
    const htx = rows[1]!;
    expect(htx[col("Chỉ tiêu")]).toBe("Phát triển mới hợp tác xã");
    expect(htx[col("TH 2021")]).toBe(7);
    expect(htx[col("Thực hiện đến nay")]).toBe(48);
    expect(htx[col("Đạt % KH")]).toBe(96);
    expect(htx[col("Đánh giá")]).toBe("Gần đạt");
    expect(rows[4]![col("TH 2021")]).toBe(62.5);
    // Members (growth) baselines summed over the sub-areas: 10 000.
    expect(rows[3]![col("Năm gốc")]).toBe(10000);
    expect(rows[2]![col("Chỉ tiêu cả giai đoạn")]).toBe("1–2");
    // Empty cells stay empty, not zero.
    expect(rows[0]![col("Năm gốc")]).toBeNull();
    // A derived band that is a range (sub-areas' split of "1–2" LHHTX) is text.
    expect(rows[2]![col("KH 2021")]).toBe("1–2");
    expect(about!.sheet).toBe("Thông tin");
    expect(about!.data[0]).toEqual(["Tên kế hoạch", demoTraVinh.title]);
    expect(about!.data.flat()).toContain("01/10/2026");
    expect(about!.data.flat()).toContain("298/QĐ-UBND 9/2/2021");
    expect(about!.data.flat()).toContain("Số liệu minh họa, không phải số liệu thật");
  });

  it("speaks English when asked, with a row per sub-area", async () => {
    const [indicators] = await sheets(demoTraVinh, "en", true);
    expect(indicators!.sheet).toBe("Indicators");
    const [header, ...rows] = indicators!.data;
    expect(header!.slice(0, 3)).toEqual(["Sub-area", "No.", "Indicator"]);
    expect(rows).toHaveLength(demoTraVinh.indicators.length * 4);
    expect(rows[5]![0]).toBe("Huyện Trà Cú");
    expect(rows[5]![header!.indexOf("Actual 2021")]).toBe(3);
  });

  it("neutralises formula-like text and writes NFC", async () => {
    const evil: Indicator = {
      ...traVinh2021.indicators[0]!,
      id: "evil",
      code: "=1+1",
      name: "@SUM(A1) " + "Hợp tác xã".normalize("NFD"),
      agency: "<img src=x onerror=alert(1)>",
    };
    const plan: Plan = { ...traVinh2021, title: "=cmd|' /C calc'!A0", indicators: [evil] };
    const blob = await gridToXlsx(plan, { lang: "vi" });
    const data = await readSheet(await blob.arrayBuffer(), "Chỉ tiêu");
    expect(data[1]![0]).toBe("'=1+1");
    expect(data[1]![1]).toBe("'@SUM(A1) " + "Hợp tác xã".normalize("NFC"));
    expect(data[1]![data[0]!.indexOf("Cơ quan chủ trì")]).toBe("<img src=x onerror=alert(1)>");
    const about = await readSheet(await blob.arrayBuffer(), "Thông tin");
    expect(about[0]![1]).toBe("'=cmd|' /C calc'!A0");
  });

  it("keeps sheet names within Excel's rules", () => {
    expect(sheetName("a/b:c*d?e[f]g\\h")).toBe("a b c d e f g h");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
  });
});

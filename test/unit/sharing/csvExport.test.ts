import { describe, expect, it } from "vitest";
import type { Indicator, Plan } from "../../../src/domain/schema";
import { cellText, isFormulaLike } from "../../../src/export/cellText";
import { CSV_BOM, csvNumber, gridToCsv } from "../../../src/export/csv";
import { exportFileName } from "../../../src/export/fileName";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

/** An independent RFC 4180 reader: what Excel does with the file, minus the guessing. */
function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function table(plan: Plan, lang: "vi" | "en", byArea = false) {
  const csv = gridToCsv(plan, { lang, byArea });
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const rows = readCsv(csv.slice(1), lang === "vi" ? ";" : ",");
  const [header, ...body] = rows;
  const cell = (r: string[], col: string) => r[header!.indexOf(col)];
  return { csv, header: header!, body, cell };
}

describe("CSV export of the grid", () => {
  it("has Vietnamese headers, ';' separators, decimal commas and one row per indicator", () => {
    const { csv, header, body, cell } = table(demoTraVinh, "vi");
    expect(csv.includes("\r\n")).toBe(true);
    expect(header.slice(0, 7)).toEqual([
      "Mã",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Loại chỉ tiêu",
      "Cách ghi chỉ tiêu",
      "Năm gốc",
      "KH 2021",
    ]);
    expect(header).toContain("TH 2025");
    expect(header.slice(-9)).toEqual([
      "Chỉ tiêu cả giai đoạn",
      "Thực hiện đến nay",
      "Đạt % KH",
      "Mức tăng đạt",
      "Địa bàn có số liệu",
      "Đánh giá",
      "Kỳ có số ước",
      "Cơ quan chủ trì",
      "Nhóm chỉ tiêu",
    ]);
    expect(body).toHaveLength(demoTraVinh.indicators.length);
    expect(body.every((r) => r.length === header.length)).toBe(true);
    // New HTX: 10 a year planned; 7 done in 2021; 48 of 50 to date = 96% (at risk); 2025 an estimate.
    const htx = body[1]!;
    expect(cell(htx, "Chỉ tiêu")).toBe("Phát triển mới hợp tác xã");
    expect(cell(htx, "Đơn vị tính")).toBe("HTX");
    expect(cell(htx, "KH 2021")).toBe("10");
    expect(cell(htx, "TH 2021")).toBe("7");
    expect(cell(htx, "Chỉ tiêu cả giai đoạn")).toBe("50");
    expect(cell(htx, "Thực hiện đến nay")).toBe("48");
    expect(cell(htx, "Đạt % KH")).toBe("96");
    // An amount has no gain over a baseline; every sub-area reported.
    expect(cell(htx, "Mức tăng đạt")).toBe("");
    expect(cell(htx, "Địa bàn có số liệu")).toBe("");
    expect(cell(htx, "Đánh giá")).toBe("Gần đạt");
    expect(cell(htx, "Kỳ có số ước")).toBe("2025");
    expect(cell(htx, "Nhóm chỉ tiêu")).toBe("Phát triển tổ chức kinh tế tập thể");
    // A share recombined from its parts: 50 of 80 communes = 62,5%.
    expect(cell(body[4]!, "TH 2021")).toBe("62,5");
    // A range stays readable as text; its wording has its own column.
    expect(cell(body[2]!, "Chỉ tiêu cả giai đoạn")).toBe("1–2");
    expect(cell(body[2]!, "Cách ghi chỉ tiêu")).toBe("Từ … đến …");
    // A growth band of members, rounded to whole people as the grid shows it; the rate as typed.
    expect(cell(body[3]!, "KH 2023")).toBe("15.209–17.280");
    expect(cell(body[3]!, "Chỉ tiêu cả giai đoạn")).toBe("15–20");
    expect(cell(body[3]!, "Đơn vị tính")).toBe("người (%/năm)");
  });

  it("writes English headers with ',' and decimal points", () => {
    const { header, body, cell } = table(demoTraVinh, "en");
    expect(header.slice(0, 3)).toEqual(["No.", "Indicator", "Unit"]);
    expect(cell(body[4]!, "Actual 2021")).toBe("62.5");
    expect(cell(body[1]!, "Status")).toBe("At risk");
  });

  it("writes numbers Excel reads as numbers: no grouping, no exponent", () => {
    expect(csvNumber(1360, "vi")).toBe("1360");
    expect(csvNumber(5.5, "vi")).toBe("5,5");
    expect(csvNumber(5.5, "en")).toBe("5.5");
    expect(csvNumber(0.1 + 0.2, "en")).toBe("0.3");
    expect(csvNumber(9_007_199_254_740_991, "en")).toBe("9007199254740991");
    expect(csvNumber(1e-9, "vi")).toBe("0");
    expect(csvNumber(-5, "vi")).toBe("-5");
  });

  it("adds rows per sub-area when asked", () => {
    const { header, body, cell } = table(demoTraVinh, "vi", true);
    expect(header[0]).toBe("Địa bàn");
    expect(body).toHaveLength(demoTraVinh.indicators.length * 4);
    expect(body.slice(4, 8).map((r) => cell(r, "Địa bàn"))).toEqual([
      "Toàn kế hoạch",
      "Huyện Trà Cú",
      "Huyện Càng Long",
      "Các huyện, thị xã, thành phố còn lại",
    ]);
    // Trà Cú's HTX 2021: 3.
    expect(cell(body[5]!, "TH 2021")).toBe("3");
  });

  it("has half-year columns for half-yearly plans, and shows money in the plan's scale", () => {
    const money: Indicator = {
      ...benTre2021.indicators[0]!,
      id: "money",
      code: "M",
      name: "Vốn vay Quỹ hỗ trợ",
      unit: "dong",
      kind: "amount",
      series: {
        all: {
          baseline: 2_500_000_000,
          total: null,
          plan: {},
          actual: { "2021-H1": { value: 1_200_000_000, status: "final" } },
          notes: {},
        },
      },
    };
    const plan = { ...benTre2021, indicators: [money] };
    const { header, body, cell } = table(plan, "vi");
    expect(header).toContain("TH 6 tháng đầu 2021");
    expect(header).toContain("TH 6 tháng cuối 2021");
    expect(cell(body[0]!, "Đơn vị tính")).toBe("triệu đồng");
    expect(cell(body[0]!, "Năm gốc")).toBe("2500");
    expect(cell(body[0]!, "TH 6 tháng đầu 2021")).toBe("1200");
  });

  it("neutralises text that could run as a formula, quotes per RFC 4180, writes NFC, keeps HTML as text", () => {
    const evil = (code: string, name: string, agency: string): Indicator => ({
      ...traVinh2021.indicators[0]!,
      id: `evil-${code}`,
      code,
      name,
      agency,
    });
    const plan: Plan = {
      ...traVinh2021,
      indicators: [
        evil("=1+1", '=HYPERLINK("http://x";"bấm")', "+84 123"),
        evil("-2", "@SUM(A1)", "\tTab"),
        evil("3", 'Tên có ; và "ngoặc"\nxuống dòng', "\rCR"),
        evil("4", "Hợp tác xã".normalize("NFD"), "<script>alert(1)</script>"),
      ],
    };
    const { body, cell } = table(plan, "vi");
    expect(body.map((r) => cell(r, "Mã"))).toEqual(["'=1+1", "'-2", "3", "4"]);
    expect(cell(body[0]!, "Chỉ tiêu")).toBe('\'=HYPERLINK("http://x";"bấm")');
    expect(cell(body[0]!, "Cơ quan chủ trì")).toBe("'+84 123");
    expect(cell(body[1]!, "Chỉ tiêu")).toBe("'@SUM(A1)");
    expect(cell(body[1]!, "Cơ quan chủ trì")).toBe("'\tTab");
    expect(cell(body[2]!, "Chỉ tiêu")).toBe('Tên có ; và "ngoặc"\nxuống dòng');
    expect(cell(body[2]!, "Cơ quan chủ trì")).toBe("'\rCR");
    expect(cell(body[3]!, "Chỉ tiêu")).toBe("Hợp tác xã".normalize("NFC"));
    expect(cell(body[3]!, "Cơ quan chủ trì")).toBe("<script>alert(1)</script>");
    // Numbers are never touched: a negative growth rate stays a number.
    expect(isFormulaLike("-5")).toBe(true);
    expect(cellText("Phát triển")).toBe("Phát triển");
    expect(cellText("＝1+1")).toBe("'＝1+1");
  });

  it("names the file after the plan", () => {
    expect(exportFileName(traVinh2021, "csv")).toBe("tra-vinh-2021-2025.csv");
    expect(exportFileName(benTre2021, "xlsx", "Xã Phú Đức")).toBe("ben-tre-2021-xa-phu-duc.xlsx");
    expect(exportFileName(demoTraVinh, "csv")).toBe("tra-vinh-2021-2025-minh-hoa.csv");
  });
});

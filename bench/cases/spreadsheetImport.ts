// Importing a spreadsheet (issue 12): a 2,000-row, 40-column workbook (about 2 MB, shaped like a
// provincial tracking sheet: two header rows, years merged over KH | TH | % KH, text numbers) from
// its bytes to the mapping step's preview — read, headers recognised and every row previewed in the
// read worker. Two measurements: the time to the
// preview (≤ 1.5 s) and the longest main-thread task meanwhile (≤ 100 ms).
import { createPlanFileReader } from "../../src/io/worker/planFileReader";
import { longestTask } from "../longestTask";
import { benchCase } from "../types";

const ROWS = 2000;
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032];

type Cell = {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  format?: string;
  columnSpan?: number;
} | null;

// Notes as planners write them: a paragraph per row (the explanation of the figures), different on
// every row — what brings the workbook to the issue's 2 MB.
const WORDS = [
  "số liệu",
  "do phòng Kinh tế",
  "báo cáo",
  "ước thực hiện",
  "đến ngày",
  "theo Kế hoạch",
  "của UBND xã",
  "đã rà soát",
  "chưa đủ hồ sơ",
  "thành viên",
  "tổ hợp tác",
  "giải thể",
  "thành lập mới",
  "hoạt động hiệu quả",
];
function note(r: number): string {
  let s = `Dòng ${r + 1}:`;
  for (let k = 0; k < 300; k++) {
    s += ` ${WORDS[(r * 7 + k * k * 3 + (r >> 3)) % WORDS.length]}`;
    if (k % 4 === 3) s += ` ${(r * 7919 + k * 104729) % 99991} (${(r * 13 + k) % 97}/${(k % 12) + 1}/2025);`;
  }
  return s;
}

async function bigWorkbook(): Promise<{ bytes: Uint8Array }> {
  const top: Cell[] = [{ value: "STT" }, { value: "Chỉ tiêu" }, { value: "ĐVT" }, { value: "Ghi chú" }];
  const sub: Cell[] = [null, null, null, null];
  for (const y of YEARS) {
    top.push({ value: `Năm ${y}`, columnSpan: 3 }, null, null);
    sub.push({ value: "KH" }, { value: "TH" }, { value: "% KH" });
  }
  const data: Cell[][] = [top, sub];
  for (let r = 0; r < ROWS; r++) {
    const row: Cell[] = [
      { value: String(r + 1) },
      { value: `Số hợp tác xã nông nghiệp kiểu mới thành lập ở xã số ${r + 1} của huyện ${r % 9}` },
      { value: "HTX" },
      { value: note(r) },
    ];
    for (let y = 0; y < YEARS.length; y++) {
      const plan = 100 + ((r * 7 + y * 13) % 900);
      // Every third plan written as text the Vietnamese way ("1.360"), as provinces do.
      row.push(y % 3 === 0 ? { value: (plan * 10).toLocaleString("vi-VN") } : { value: plan, type: Number });
      // Actuals summed from communes' decimals and % KH as a formula's cached value: full precision,
      // as Excel stores them (every third % KH written as text, "104,3%").
      const actual = plan * (0.8 + 0.4 * Math.abs(Math.sin(r * 12.9898 + y * 78.233)));
      row.push({ value: actual, type: Number });
      row.push(
        y % 3 === 1
          ? { value: `${(Math.round((actual / plan) * 1000) / 10).toLocaleString("vi-VN")}%` }
          : { value: actual / plan, type: Number, format: "0.0%" },
      );
    }
    data.push(row);
  }
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const blob = await writeXlsxFile(data as never, { sheet: "Biểu 1" }).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()) };
}

async function toPreview(bytes: Uint8Array): Promise<void> {
  const reader = createPlanFileReader();
  try {
    // Read, headers recognised and every row previewed in the worker, as the mapping step asks.
    const { read, proposal } = await reader.readSheet("bieu.xlsx", bytes.slice().buffer);
    if (!read.ok) throw new Error(`refused: ${read.error.kind}`);
    if (proposal?.preview.lines.length !== ROWS)
      throw new Error(`previewed ${proposal?.preview.lines.length} rows`);
  } finally {
    reader.close();
  }
}

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** The issue that names these figures. */
export const issue = 12;

export const cases = [
  benchCase({
    name: "spreadsheet import: 2,000 × 40 workbook to its mapping preview",
    budget: { max: 1500 },
    runs: 5,
    setup: bigWorkbook,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => toPreview(c.bytes),
  }),
  benchCase({
    name: "spreadsheet import: longest main-thread task while reading 2,000 × 40",
    budget: { max: 100 },
    unit: "ms",
    runs: 5,
    setup: bigWorkbook,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => longestTask(() => toPreview(c.bytes)),
  }),
];

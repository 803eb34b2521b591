// Importing a spreadsheet (issue 12): a 2,000-row, 40-column workbook (about 2 MB, shaped like a
// provincial tracking sheet: two header rows, years merged over KH | TH | % KH, text numbers) from
// its bytes to the mapping step's preview — read, headers recognised and every row previewed in the
// read worker. Two measurements: the time to the
// preview (≤ 1.5 s) and the longest main-thread task meanwhile (≤ 100 ms).
import { createPlanFileReader } from "../../src/io/worker/planFileReader";
import { benchCase } from "../types";

const ROWS = 2000;
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032];

type Cell = {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  columnSpan?: number;
} | null;

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
      { value: `Ghi chú dòng ${r + 1}: số liệu do phòng Kinh tế báo cáo` },
    ];
    for (let y = 0; y < YEARS.length; y++) {
      const plan = 100 + ((r * 7 + y * 13) % 900);
      // Every third plan written as text the Vietnamese way ("1.360"), as provinces do.
      row.push(y % 3 === 0 ? { value: (plan * 10).toLocaleString("vi-VN") } : { value: plan, type: Number });
      row.push({ value: plan + (r % 5), type: Number });
      row.push({ value: `${Math.round(((plan + (r % 5)) / plan) * 1000) / 10}%` });
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

async function longestTask(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: "longtask" });
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const e of observer.takeRecords()) longest = Math.max(longest, e.duration);
  } finally {
    observer.disconnect();
  }
  return longest;
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

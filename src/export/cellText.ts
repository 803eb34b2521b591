// Text written into a spreadsheet cell. Spreadsheet programs run a cell that starts with = + - @
// (or a tab or carriage return before one) as a formula: a plan's text could then run code on a
// colleague's computer ("formula injection"). Such text gets a leading apostrophe, the usual
// neutralisation; numbers are written as numbers and never touched. Text is also put in Unicode
// NFC, so that "Hợp tác xã" typed on a Mac and on Windows is the same text in the sheet.

/** Characters that make a spreadsheet read a text cell as a formula (and their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A text cell as written to CSV or XLSX: NFC, and neutralised when it could be read as a formula. */
export function cellText(text: string): string {
  const nfc = text.normalize("NFC");
  return isFormulaLike(nfc) ? `'${nfc}` : nfc;
}

/** Drop float noise (0.1 + 0.2) without losing what a planner typed: at most 4 decimals. */
export function roundForExport(value: number): number {
  // Whole and very large numbers are exact already; scaling them would lose digits.
  const r = Number.isInteger(value) || Math.abs(value) >= 1e11 ? value : Math.round(value * 10_000) / 10_000;
  return Object.is(r, -0) ? 0 : r;
}

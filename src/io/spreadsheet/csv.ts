// A CSV or tab-separated text as Excel writes it in Vietnam: "CSV UTF-8" (with a byte order mark),
// plain "CSV" in the Windows code page for Vietnamese (Windows-1258, tone marks as combining
// characters), "Unicode Text" (UTF-16 with a byte order mark, tab-separated). The encoding is found
// from the bytes; the separator (comma, semicolon — Excel's choice when the decimal sign is a comma —
// or tab) from the first lines. Quoted fields may hold separators, quotes ("") and line breaks.
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
}

function decode(bytes: Uint8Array, encoding: CsvEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** UTF-16 without a byte order mark: every other byte of ASCII text is 0. */
function utf16WithoutBom(bytes: Uint8Array): CsvEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return "utf-16le";
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return "utf-16be";
  return null;
}

/**
 * The text of a CSV file, or null when the bytes are no text at all. `forced`: the encoding the
 * planner chose instead of the one found.
 */
export function decodeCsv(bytes: Uint8Array, forced: CsvEncoding | null = null): CsvText | null {
  let encoding: CsvEncoding;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8";
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else {
    encoding = utf16WithoutBom(bytes) ?? "utf-8";
  }
  if (forced) encoding = forced;
  let text: string;
  if (encoding === "utf-8" && !forced) {
    try {
      text = decode(body, "utf-8", true);
    } catch {
      // Not UTF-8: Excel's "CSV (Comma delimited)" on a Vietnamese Windows writes Windows-1258.
      encoding = "windows-1258";
      text = decode(body, encoding);
    }
  } else {
    text = decode(body, encoding);
  }
  if (text.includes("\u0000")) return null;
  // Windows-1258 writes tones as combining marks: "ố" arrives as "ô" + U+0301.
  return { text: text.normalize("NFC"), encoding };
}

const SEPARATORS = ["\t", ";", ","] as const;

/** The separator used most often, outside quotes, in the first lines. */
export function guessSeparator(text: string): string {
  const head = text.slice(0, 8192);
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  let most = 0;
  for (const s of SEPARATORS) {
    const n = counts.get(s) ?? 0;
    if (n > most) [best, most] = [s, n];
  }
  return best;
}

/** Rows of fields. Trailing empty lines are dropped; a quote opened and never closed runs to the end. */
export function parseCsv(text: string, separator = guessSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((f) => f.trim() === "")) rows.pop();
  return rows;
}

// What a file that is not a plan file is, from its first bytes, so that a planner who drops a
// photo, a spreadsheet or a Word document is told so in plain words instead of "not UTF-8 at byte
// 0". Signatures are the published magic numbers of each format.
export type ForeignKind =
  "image" | "pdf" | "spreadsheet" | "document" | "archive" | "utf16" | "binary" | "text";

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** Office Open XML and OpenDocument files are ZIP archives: the names inside tell which. */
function zipKind(bytes: Uint8Array): ForeignKind {
  const head = ascii(bytes, 0, 4096);
  if (/xl\/|spreadsheet|\.sheet/.test(head)) return "spreadsheet";
  if (/word\/|opendocument\.text|ppt\/|presentation/.test(head)) return "document";
  return "archive";
}

/** The kind of a file that is certainly not a plan file, or null when it may be one (text). */
export function foreignKind(bytes: Uint8Array, name = ""): ForeignKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "image"; // PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image"; // JPEG
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image"; // GIF
  if (startsWith(bytes, [0x42, 0x4d]) && /\.bmp$/i.test(name)) return "image";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image"; // WebP
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes); // ZIP: xlsx, docx, odt…
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return /\.xls$/i.test(name) ? "spreadsheet" : "document"; // old Office (.xls, .doc)
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return "archive";
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "utf16";
  // An SVG is text but an image all the same.
  if (/\.svg$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(ascii(bytes, 0, 256))) return "image";
  // NUL bytes never occur in a UTF-8 JSON text.
  if (bytes.subarray(0, 1024).includes(0)) return "binary";
  return null;
}

/** A text file that is not JSON at all (a CSV, a note): its first visible character is not { or [. */
export function isPlainText(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, "");
  const first = head.trimStart().charAt(0);
  return first !== "" && first !== "{" && first !== "[";
}

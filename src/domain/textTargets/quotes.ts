// Where a proposal comes from: the document the text names, and the words quoted in the source note.
import { shorten } from "./naming";
import type { Span } from "./segments";

const DOCUMENT =
  /(Quyết định|Kế hoạch|Chương trình|Nghị quyết|Công văn|Chỉ thị)\s+(?:số\s+)?(\d+\/[\p{L}\d-]+)/u;

/** "Quyết định 332/QĐ-UBND": the document the text names first, for the proposals' source notes. */
export function documentLabel(text: string): string {
  const m = DOCUMENT.exec(text.slice(0, 20000));
  return m ? `${m[1]} ${m[2]}` : "";
}

export function quoteFor(text: string, sentence: Span, around: Span, max = 300): string {
  const whole = text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim();
  if (whole.length <= max) return whole;
  return shorten(text.slice(around.start, around.end).replace(/\s+/g, " ").trim(), max);
}

export function sourceNote(label: string, quote: string): string {
  return label ? `${label}: "${quote}"` : `"${quote}"`;
}

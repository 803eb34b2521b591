// Names, groups and likeness of proposals: the words around a figure cleaned of what only links
// them to the sentence ("Phấn đấu", "đến năm 2025,", "đạt", "tăng"), in the source's own wording.
import type { IndicatorKind, Unit } from "../schema";
import { foldText } from "../text";

/** Longest name proposed; the planner can shorten or lengthen it. */
export const MAX_NAME = 160;

const LEADING =
  /^(?:[\s,.;:()\-–]+|(?:theo do|theo chuong trinh|theo ke hoach|phan dau|dong thoi|trong do|muc tieu|voi muc tieu|co|dat|va|voi|la|nham|de|tiep tuc|chi tieu|dua)(?=[\s,:]|$)|(?:den het|den|toi|trong|cuoi) nam \d{4}|giai doan \d{4}\s*[-–—]\s*\d{4}|hang nam|moi nam|hang nam|binh quan|[^\s,]+(?: [^\s,]+){0,3} se(?=\s))+/;
const TRAILING =
  /(?:[\s,.;:(\-–]+|(?:dat|la|len|tang|giam|xuong|tro len|khoang|binh quan|moi nam|hang nam|it nhat|toi thieu|tren|hon|duoi|toi da|khong qua|gan|tang them|o muc|cho|va|voi)(?=\s|$))+$/;

/** The original words between `start` and `end`, without leading and trailing link words. */
export function cleanPhrase(text: string, folded: string, start: number, end: number): string {
  let f = folded.slice(start, end);
  let s = text.slice(start, end);
  const lead = LEADING.exec(f);
  if (lead) {
    f = f.slice(lead[0].length);
    s = s.slice(lead[0].length);
  }
  // Matched on the tail only: a regular expression anchored at the end is tried from every position.
  const tail = f.length > 80 ? f.slice(-80) : f;
  const trail = TRAILING.exec(tail);
  if (trail) {
    s = s.slice(0, s.length - trail[0].length);
  }
  s = s.replace(/\s+/g, " ").trim();
  // A parenthesis opened and not closed (the yearly figure was cut off) is dropped.
  if (s.lastIndexOf("(") > s.lastIndexOf(")")) s = s.slice(0, s.lastIndexOf("(")).trim();
  return s.replace(/[\s,;:]+$/, "");
}

/** Long lead-ins keep only their last part: "Tăng cường liên kết …, đưa tỷ lệ X lên" → "tỷ lệ X". */
export function lastPart(folded: string, start: number, end: number, max: number): number {
  const f = folded.slice(start, end);
  const rate = f.lastIndexOf("ty le ");
  const within = f.lastIndexOf("trong do ");
  if (rate >= 0 || within >= 0) return start + Math.max(rate, within >= 0 ? within + 9 : -1);
  if (end - start <= max) return start;
  const comma = f.lastIndexOf(", ");
  return comma >= 0 ? start + comma + 2 : start;
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

export function shorten(s: string, max = MAX_NAME): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(" ", max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, "")}…`;
}

export function joinWords(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join(" ");
}

const ORG_UNITS: ReadonlySet<Unit> = new Set([
  "htx",
  "tht",
  "lhhtx",
  "qtdnd",
  "models",
  "communes",
  "districts",
  "ha",
]);

/** The heading a proposal is put under, as the built-in programmes group theirs. */
export function groupFor(kind: IndicatorKind, unit: Unit, name: string): string {
  const f = foldText(name);
  if (unit === "personTimes" || /\b(dao tao|boi duong|tap huan|trinh do)\b/.test(f))
    return "Đào tạo, bồi dưỡng nguồn nhân lực";
  if (kind === "share") return "Chất lượng hoạt động của HTX";
  if (unit === "people" || unit === "dong") return "Thành viên, thu nhập và kết quả kinh doanh";
  if (ORG_UNITS.has(unit)) return "Phát triển tổ chức kinh tế tập thể";
  return "Chỉ tiêu khác";
}

const ABBREVIATIONS: Record<string, string> = {
  htx: "hop tac xa",
  tht: "to hop tac",
  lhhtx: "lien hiep hop tac xa",
};

const wordCache = new Map<string, Set<string>>();

function words(name: string): Set<string> {
  const had = wordCache.get(name);
  if (had) return had;
  const f = foldText(name).replace(/[^a-z0-9 ]/g, " ");
  const out = new Set<string>();
  for (const w of f.split(" ")) {
    if (w === "") continue;
    for (const part of (ABBREVIATIONS[w] ?? w).split(" ")) out.add(part);
  }
  if (wordCache.size > 5000) wordCache.clear();
  wordCache.set(name, out);
  return out;
}

/** How much of the shorter name the longer one holds (0–1), abbreviations spelled out. */
export function nameLikeness(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return big.size === 0 ? 1 : 0;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size;
}

// Figures in a stretch of text: a number with its bound words, an optional range, multiplier and
// unit, and what follows it ("trở lên", "/năm"). Works on the folded text (prepare.ts) so accents
// and case do not matter; positions are the same in the text the planner sees.
import type { SingleBound, Unit } from "../schema";
import { MULTIPLIERS, NUMBER_WORDS, UNIT_WORDS, type UnitWord } from "./lexicon";

export interface Figure {
  /** Where the figure starts (its bound words included) and ends (its unit and "trở lên" included). */
  start: number;
  end: number;
  numberStart: number;
  /** The bound as written; "range" when two numbers are given. */
  bound: SingleBound | "range";
  /** How the bound was written: before the number ("ít nhất 20"), around it ("từ 20 … trở lên"), or not at all. */
  boundFrom: "prefix" | "circumfix" | "none";
  min: number;
  max: number;
  /** "khoảng 20 - 30%": a range said to be approximate. */
  aboutRange: boolean;
  /** The figure is a percentage. */
  percent: boolean;
  /** The unit named after the number; null for a percentage. */
  unit: Unit | null;
  /** Where the unit (or the % sign) is written. */
  unitStart: number;
  unitEnd: number;
  /** Ends with "/năm", "mỗi năm", "hằng năm": a figure for each year. */
  perYear: boolean;
}

export type FigureNotice = { code: "englishNumber"; at: number; text: string };

const NUMBER = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?|\b(hai|ba|bon|nam|sau|bay|tam|chin|muoi)\b/g;
const ENGLISH = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2})(?![\d.,])/;

const PREFIX_BOUNDS: readonly [RegExp, SingleBound | "from"][] = [
  [/tren duoi\s*$/, "about"],
  [/(?:it nhat|toi thieu|khong duoi|khong it hon|≥|>=)\s*$/, "atLeast"],
  [/(?:khong qua|khong vuot qua|toi da|duoi|it hon|≤|<=|<)\s*$/, "atMost"],
  [/(?:tren|hon|nhieu hon|>)\s*$/, "moreThan"],
  [/(?:khoang|gan|xap xi|chung|tren duoi|~)\s*$/, "about"],
  [/\btu\s*$/, "from"],
];

function readVietnamese(intPart: string, frac: string | undefined): number {
  return Number(`${intPart.replace(/\./g, "")}${frac !== undefined ? `.${frac}` : ""}`);
}

function unitAt(folded: string, at: number): { word: UnitWord; end: number } | null {
  for (const word of UNIT_WORDS) {
    if (folded.startsWith(word.words, at)) {
      const after = folded.charAt(at + word.words.length);
      if (!/[a-z0-9]/.test(after)) return { word, end: at + word.words.length };
    }
  }
  return null;
}

interface Scan {
  figures: Figure[];
  notices: FigureNotice[];
}

/** The figures between `from` and `to`. Numbers without a unit or % (years, dates, document numbers,
 * phone numbers) are not figures. */
export function scanFigures(folded: string, from: number, to: number): Scan {
  const figures: Figure[] = [];
  const notices: FigureNotice[] = [];
  const stretch = folded.slice(from, to);
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(stretch))) {
    const numberStart = from + m.index;
    const before = stretch.slice(Math.max(0, m.index - 40), m.index);
    const prevChar = stretch.charAt(m.index - 1);
    if (/[\d/\-.,a-z]/.test(prevChar) && m[3] === undefined) continue;
    if (
      /[/.,]\d/.test(stretch.slice(m.index + m[0].length, m.index + m[0].length + 2)) ||
      /^\/|^:\d/.test(stretch.slice(m.index + m[0].length))
    ) {
      const english = ENGLISH.exec(stretch.slice(m.index));
      const rest = stretch.slice(m.index + (english?.[0].length ?? 0));
      if (
        english &&
        /^\s*(%|[a-z])/.test(rest) &&
        unitOrPercent(folded, from + m.index + english[0].length)
      ) {
        notices.push({ code: "englishNumber", at: numberStart, text: english[0] });
      }
      NUMBER.lastIndex = m.index + m[0].length + 1;
      continue;
    }
    const word = m[3];
    if (m[2]?.length === 3 && !m[1]?.includes(".") && unitOrPercent(folded, numberStart + m[0].length)) {
      // "1,360 thành viên": English thousands, or one comma three hundred and sixty? Not guessed.
      notices.push({ code: "englishNumber", at: numberStart, text: m[0] });
      continue;
    }
    let value = word !== undefined ? (NUMBER_WORDS[word] ?? NaN) : readVietnamese(m[1] ?? "", m[2]);
    let max = value;
    let pos = numberStart + m[0].length;
    let ranged = false;
    const rangeMatch =
      word === undefined
        ? /^\s*(?:-|–|—|den|toi)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/])/.exec(
            folded.slice(pos, pos + 30),
          )
        : null;
    if (rangeMatch) {
      max = readVietnamese(rangeMatch[1] ?? "", rangeMatch[2]);
      pos += rangeMatch[0].length;
      ranged = max > value;
      if (!ranged) max = value;
    }
    const mult = /^\s*(trieu|nghin|ngan|ty)(?!\s*(?:le|dong))\b/.exec(folded.slice(pos, pos + 12));
    if (mult && word === undefined) {
      const f = MULTIPLIERS[mult[1] ?? ""] ?? 1;
      value *= f;
      max *= f;
      pos += mult[0].length;
    }
    let percent = false;
    let unit: Unit | null = null;
    let unitStart = pos;
    const pct = /^\s*%/.exec(folded.slice(pos, pos + 4));
    if (pct && word === undefined) {
      percent = true;
      pos += pct[0].length;
    } else {
      const space = /^\s*/.exec(folded.slice(pos, pos + 8))?.[0].length ?? 0;
      const u = unitAt(folded, pos + space);
      if (!u) continue;
      if (/^\s*(xem|truy cap)\b/.test(folded.slice(u.end, u.end + 12))) continue;
      unit = u.word.unit;
      unitStart = pos + space;
      if (u.word.factor !== undefined) {
        value *= u.word.factor;
        max *= u.word.factor;
      }
      pos = u.end;
    }
    const unitEnd = pos;
    if (!Number.isFinite(value) || !Number.isFinite(max)) continue;
    const tail = folded.slice(pos, pos + 20);
    const perYearMatch = /^\s*(?:\/\s*nam|moi nam|hang nam|mot nam)\b/.exec(tail);
    const orMore = /^\s*tro len\b/.exec(tail);
    let start = numberStart;
    let bound: Figure["bound"] = ranged ? "range" : "exact";
    let boundFrom: Figure["boundFrom"] = "none";
    let aboutRange = false;
    for (const [pattern, b] of PREFIX_BOUNDS) {
      const pm = pattern.exec(before);
      if (!pm) continue;
      start = numberStart - pm[0].length;
      if (b === "from") {
        // "từ 60% trở lên", "từ 90%" (at least); "từ 5 đến 10%" stays a range.
        if (!ranged) bound = "atLeast";
        boundFrom = ranged ? "none" : "circumfix";
      } else if (ranged) {
        aboutRange = b === "about";
        boundFrom = "prefix";
      } else {
        bound = b;
        boundFrom = "prefix";
      }
      break;
    }
    if (orMore && !ranged) {
      bound = "atLeast";
      boundFrom = "circumfix";
      pos += orMore[0].length;
    }
    if (perYearMatch) pos += perYearMatch[0].length;
    figures.push({
      start,
      end: pos,
      numberStart,
      bound,
      boundFrom,
      min: value,
      max,
      aboutRange,
      percent,
      unit,
      unitStart,
      unitEnd,
      perYear: perYearMatch !== null,
    });
    NUMBER.lastIndex = pos - from;
  }
  return { figures, notices };
}

function unitOrPercent(folded: string, at: number): boolean {
  const space = /^\s*/.exec(folded.slice(at, at + 8))?.[0].length ?? 0;
  return folded.charAt(at + space) === "%" || unitAt(folded, at + space) !== null;
}

// Cutting a text into paragraphs, sentences and clauses (by ";" and ": "), and finding the year a
// sentence aims at ("đến năm 2025", "giai đoạn 2021 - 2025", "trong năm 2021"). Positions only: the
// text itself is never copied here.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  clauses: Span[];
  /** The year named in the sentence itself, and whether it is a deadline ("đến hết năm 2020"). */
  year: number | null;
  yearIsDeadline: boolean;
}

const SENTENCE_END = /[.!?…]+(?=\s|$)|\n/g;
const CLAUSE_END = /;|:(?=\s)/g;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function clausesOf(folded: string, s: Span): Span[] {
  const out: Span[] = [];
  const body = folded.slice(s.start, s.end);
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(body))) {
    const span = trimSpan(folded, s.start + from, s.start + m.index);
    if (span) out.push(span);
    from = m.index + m[0].length;
  }
  const last = trimSpan(folded, s.start + from, s.end);
  if (last) out.push(last);
  return out;
}

const DEADLINE_YEAR = /\b(?:den|toi|truoc)(?: het| cuoi)?(?: nam)? (\d{4})\b/;
const PERIOD_YEARS = /\bgiai doan (\d{4})\s*[-–—]\s*(\d{4})\b/;
const PLAIN_YEAR = /\bnam (\d{4})\b/g;

/** The year a sentence aims at; "Luật HTX năm 2012" names a law, not a target year. */
export function yearOf(folded: string): { year: number | null; deadline: boolean } {
  const d = DEADLINE_YEAR.exec(folded);
  if (d) return { year: Number(d[1]), deadline: true };
  const p = PERIOD_YEARS.exec(folded);
  if (p) return { year: Number(p[2]), deadline: false };
  PLAIN_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLAIN_YEAR.exec(folded))) {
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    if (!/\b(luat|nghi dinh|nghi quyet|quyet dinh|thong tu|tu|sau|so voi|cung ky)\b[^,;]*$/.test(before)) {
      return { year: Number(m[1]), deadline: false };
    }
  }
  return { year: null, deadline: false };
}

/** Sentences with their clauses, in order. */
export function sentencesOf(folded: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  let paragraph = 0;
  const push = (end: number) => {
    const span = trimSpan(folded, from, end);
    if (span) {
      const own = yearOf(folded.slice(span.start, span.end));
      out.push({
        ...span,
        paragraph,
        clauses: clausesOf(folded, span),
        year: own.year,
        yearIsDeadline: own.deadline,
      });
    }
  };
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(folded))) {
    push(m[0] === "\n" ? m.index : m.index + m[0].length);
    if (m[0] === "\n") paragraph++;
    from = m.index + m[0].length;
  }
  push(folded.length);
  return out;
}

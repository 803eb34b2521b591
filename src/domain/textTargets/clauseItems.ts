// Which figures of a clause are targets, and how they hang together: a list ("100 HTX, 100 THT và
// 03 LHHTX") shares its verb and, for prefix bounds, its bound; a yearly figure in parentheses
// ("(mỗi năm 50 THT)") belongs to the figure before it; a count inside a share's subject ("100%
// huyện có từ 03 mô hình") or a scale ("quy mô dưới 100 ha") describes, it is not a target.
import type { Figure } from "./figures";
import type { Span } from "./segments";

export interface Item {
  fig: Figure;
  /** The item's own words before the figure (empty for a listed item, which takes its head's). */
  prefix: Span;
  /** Words after the figure that belong to it ("HTX hoạt động theo Luật …"). */
  suffix: Span;
  /** The first item of the list this one continues, or null. */
  head: Item | null;
  /** "(mỗi năm 50 THT)" attached to this item. */
  yearly: Figure | null;
  isShare: boolean;
}

const LISTED = /(?:,|\bva\b|\bvoi\b|\bcung\b)\s*$/;
const YEARLY_OPEN =
  /\(\s*(?:trong do\s+)?(?:binh quan\s+)?(?:moi nam|hang nam|mot nam)\s*(?:khoang|it nhat|tu)?\s*$/;
const NEW_SUBJECT =
  /(?:^|[,;]|\bva\b)\s*(?:phat trien|thanh lap|thu hut|xay dung|hoan thien|ho tro|dao tao|boi duong|tap huan|nang tong so|tong so|ty le)\b/;
/** "quy mô diện tích dưới 100 ha": a scale describing the subject; "diện tích … đạt 12.500 ha" is a target. */
const SCALE = /\b(?:quy mo|dien tich|do tuoi|cong suat)\b(?:(?!\b(?:dat|la|len|tang|co)\b)[^,;])*$/;

/** Last verb of the words before a figure: it decides a rate from a share, a level from an amount. */
const VERBS =
  /\b(tang cuong|tang them|tang|giam|xuong|dat|len|la|chiem|co|tong so|duy tri|phat trien|thanh lap|thu hut|xay dung|hoan thien|ho tro|dao tao|boi duong|tap huan|giai the|dua|con)\b/g;

export function lastVerb(folded: string, span: Span): string | null {
  const f = folded.slice(span.start, span.end);
  let last: string | null = null;
  VERBS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERBS.exec(f))) last = m[1] ?? null;
  return last;
}

export function isRate(folded: string, item: { fig: Figure; prefix: Span }): boolean {
  if (!item.fig.percent) return false;
  const verb = lastVerb(folded, item.prefix);
  if (verb === "tang" || verb === "giam") return true;
  return item.fig.perYear && verb !== "dat" && verb !== "len" && verb !== "la" && verb !== "chiem";
}

export function itemsOf(folded: string, clause: Span, figures: readonly Figure[]): Item[] {
  const items: Item[] = [];
  let prevEnd = clause.start;
  for (const fig of figures) {
    const prev = items[items.length - 1];
    const gap = folded.slice(prevEnd, fig.start);
    const near = folded.slice(Math.max(prevEnd, fig.start - 60), fig.start);
    if (SCALE.test(near)) {
      prevEnd = fig.end;
      if (prev) prev.suffix = { start: prev.suffix.start, end: fig.end };
      continue;
    }
    if (prev && !fig.percent && YEARLY_OPEN.test(gap) && fig.unit === prev.fig.unit && !prev.yearly) {
      prev.yearly = fig;
      prevEnd = fig.end;
      continue;
    }
    if (prev?.isShare && !fig.percent && !LISTED.test(gap) && !NEW_SUBJECT.test(gap)) {
      // A count inside the share's subject: "100% huyện … có từ 03 mô hình trở lên".
      prevEnd = fig.end;
      prev.suffix = { start: prev.suffix.start, end: fig.end };
      continue;
    }
    let prefix: Span;
    let head: Item | null = null;
    const listed = prev !== undefined && LISTED.exec(gap);
    if (listed && prev) {
      head = prev.head ?? prev;
      prev.suffix = { start: prev.suffix.start, end: prevEnd + listed.index };
      prefix = { start: fig.start, end: fig.start };
    } else if (prev) {
      // The words between two figures: up to the first comma they belong to the first, after it to the second.
      const comma = gap.search(/[,)]/);
      const cut = comma >= 0 ? prevEnd + comma : prevEnd;
      prev.suffix = { start: prev.suffix.start, end: cut };
      prefix = { start: comma >= 0 ? cut + 1 : prevEnd, end: fig.start };
    } else {
      prefix = { start: clause.start, end: fig.start };
    }
    const item: Item = {
      fig,
      prefix,
      suffix: { start: fig.end, end: clause.end },
      head,
      yearly: null,
      isShare: false,
    };
    item.isShare = fig.percent && !isRate(folded, head ?? item);
    items.push(item);
    prevEnd = fig.end;
  }
  const last = items[items.length - 1];
  if (last) last.suffix = { start: last.suffix.start, end: Math.max(last.suffix.end, clause.end) };
  return items;
}

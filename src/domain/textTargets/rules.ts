// The rules that turn one item of a clause into a proposed indicator. Each rule has a name (carried
// by the proposals it makes, so that a wrong guess can be traced) and is tested by its examples
// (ruleExamples.ts).
import type { Direction, IndicatorKind, Target, Unit } from "../schema";
import { foldText } from "../text";
import { type Item, lastVerb } from "./clauseItems";
import { SUBJECT_UNITS } from "./lexicon";
import type { RuleName } from "./ruleExamples";
import { capitalise, cleanPhrase, groupFor, joinWords, lastPart, shorten } from "./naming";
import { quoteFor, sourceNote } from "./quotes";
import type { Sentence } from "./segments";
import type { IndicatorProposal, PlanPeriod } from "./types";

export interface ClauseContext {
  text: string;
  folded: string;
  sentence: Sentence;
  /** The year the sentence (or its paragraph) aims at. */
  year: number | null;
  period: PlanPeriod | null;
  label: string;
  /** Proposals made so far in this sentence ("trong đó" refers back to them). */
  inSentence: IndicatorProposal[];
  /** Unit of the last rate in this sentence ("…; trình độ cao đẳng tăng 5%" is about the same people). */
  growthUnit: Unit | null;
  /** Name of the last share said to rise by a percentage in this sentence (rate.shareRise). */
  shareRise: string | null;
}

const GROWTH_NOTE = "Tốc độ tăng mỗi năm (%), tính trên số liệu năm gốc.";
const SHARE_RISE_NOTE = (rise: string) =>
  `Văn bản ghi tỷ lệ này "tăng ${rise} mỗi năm" nhưng không nói là tăng ${rise} điểm phần trăm hay tăng ${rise} so với tỷ lệ năm trước: chưa có số mục tiêu, hãy nhập sau khi đối chiếu văn bản gốc.`;
const SHARE_SUBJECT = /\bty le\b/;
const PER_YEAR = /\b(moi nam|hang nam|binh quan)\b/;
const LEVEL_VERBS = new Set(["co", "dat", "tong so", "la", "duy tri", "con"]);

function targetOf(item: Item, shared: boolean): Target {
  const f = item.fig;
  if (f.bound === "range") {
    return f.aboutRange
      ? { bound: "range", min: f.min, max: f.max, about: true }
      : { bound: "range", min: f.min, max: f.max };
  }
  const head = item.head?.fig;
  if (shared && head && head.bound !== "range") return { bound: head.bound, value: f.min };
  return { bound: f.bound, value: f.min };
}

function everyYear(from: number, to: number, t: Target): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (let y = from; y <= to; y++) out[String(y)] = t;
  return out;
}

function subjectUnit(folded: string): Unit | null {
  for (const { pattern, unit } of SUBJECT_UNITS) if (pattern.test(folded)) return unit;
  return null;
}

const foldedWords = (s: string): string[] => foldText(s).split(" ");

/** One item, one proposal. */
export function proposalOf(ctx: ClauseContext, item: Item): IndicatorProposal {
  const { text, folded, period } = ctx;
  const fig = item.fig;
  const own = item.head ?? item;
  const rules: RuleName[] = [];
  let confidence = 0.9;
  const verb = lastVerb(folded, own.prefix);

  // Kind and unit.
  let kind: IndicatorKind;
  let unit: Unit;
  const subject = folded.slice(own.prefix.start, own.prefix.end);
  // "Tỷ lệ … tăng 5% mỗi năm": a share that rises, by points or relative to itself — the text does
  // not say which, so the proposal is the share without a target and a note asking to check.
  const shareRise = fig.percent && !item.isShare && (SHARE_SUBJECT.test(subject) || ctx.shareRise !== null);
  if (shareRise) {
    kind = "share";
    unit = "percent";
    rules.push("rate.shareRise");
    confidence -= 0.3;
  } else if (fig.percent && !item.isShare) {
    kind = "growth";
    rules.push("rate.growth");
    const named = subjectUnit(folded.slice(own.prefix.start, own.prefix.end));
    unit = named ?? ctx.growthUnit ?? "people";
    if (!named) {
      confidence -= ctx.growthUnit ? 0.15 : 0.35;
      rules.push(ctx.growthUnit ? "rate.unitOfSentence" : "rate.unitUnknown");
    }
    ctx.growthUnit = unit;
  } else if (fig.percent) {
    kind = "share";
    unit = "percent";
    rules.push("share.percent");
  } else {
    unit = fig.unit ?? "htx";
    kind = verb !== null && LEVEL_VERBS.has(verb) ? "level" : "amount";
    rules.push(kind === "level" ? "count.level" : "count.amount");
    if (kind === "level") confidence -= 0.05;
  }

  // Bound: a prefix bound of the list's first item carries to the bare items after it.
  const head = item.head?.fig;
  const shared =
    head !== undefined &&
    fig.boundFrom === "none" &&
    fig.bound !== "range" &&
    head.boundFrom === "prefix" &&
    head.bound !== "range";
  if (shared) {
    rules.push("list.sharedBound");
    confidence = Math.min(confidence, 0.6);
  } else if (item.head) rules.push("list.item");
  const target = targetOf(item, shared);
  const direction: Direction =
    verb === "giam" || verb === "xuong" || (target.bound === "atMost" && kind !== "growth")
      ? "lower"
      : "higher";

  // Years: the total, the yearly split, and whether the year lies in the plan's period.
  const year = ctx.year;
  const outsidePeriod =
    period !== null && year !== null && (year > period.endYear || year < period.startYear);
  let total: Target | null = shareRise ? null : target;
  let plan: Record<string, Target> = {};
  const lastYear = period && year !== null && !outsidePeriod ? year : period?.endYear;
  if (kind === "amount" && item.yearly && period && lastYear !== undefined) {
    plan = everyYear(period.startYear, lastYear, {
      bound: item.yearly.bound === "range" ? "exact" : item.yearly.bound,
      value: item.yearly.min,
    });
    if (item.yearly.bound === "range")
      plan = everyYear(period.startYear, lastYear, {
        bound: "range",
        min: item.yearly.min,
        max: item.yearly.max,
      });
    rules.push("amount.yearlyInParentheses");
  } else if (
    kind === "amount" &&
    (fig.perYear || PER_YEAR.test(folded.slice(own.prefix.start, own.prefix.end)))
  ) {
    rules.push("amount.eachYear");
    if (period && lastYear !== undefined) {
      plan = everyYear(period.startYear, lastYear, target);
      total = null;
    } else confidence -= 0.2;
  } else if (
    !shareRise &&
    (kind === "level" || kind === "share") &&
    period &&
    year !== null &&
    !outsidePeriod &&
    year !== period.endYear
  ) {
    plan = { [String(year)]: target };
    total = null;
    rules.push("level.atYear");
  }

  // Name: the words before and after the figure, in the source's wording.
  const before = cleanPhrase(
    text,
    folded,
    lastPart(folded, own.prefix.start, own.prefix.end, 120),
    own.prefix.end,
  );
  const paren = item.yearly ? folded.lastIndexOf("(", item.yearly.start) : -1;
  const afterEnd = paren >= item.suffix.start ? paren : item.suffix.end;
  const after = cleanPhrase(text, folded, item.suffix.start, afterEnd);
  const unitWords = fig.unit !== null && !fig.percent ? text.slice(fig.unitStart, fig.unitEnd) : "";
  const hasUnit = unitWords !== "" && before.toLowerCase().includes(unitWords.toLowerCase());
  let name = joinWords(before, hasUnit ? "" : unitWords, after).replace(/^(?:nâng|Nâng)\s+(?=tổng số)/, "");
  if (name === "") {
    name = cleanPhrase(text, folded, ctx.sentence.start, ctx.sentence.end);
    confidence -= 0.2;
    rules.push("name.fromSentence");
  }
  const notes: string[] = [];
  const parent = ctx.inSentence[ctx.inSentence.length - 1];
  const linkStart = own.prefix.start > ctx.sentence.start ? own.prefix.start : ctx.sentence.start;
  if (
    /\btrong do\b/.test(folded.slice(Math.max(ctx.sentence.start, linkStart - 40), own.prefix.end)) &&
    parent
  ) {
    name = `${parent.name} – trong đó: ${name}`;
    notes.push(`Trong đó: một phần của chỉ tiêu "${parent.name}".`);
    rules.push("share.ofShare");
  }
  if (shareRise) {
    // "…; trình độ cao đẳng, đại học tăng 5%": the same share's subject, another part of it.
    if (!SHARE_SUBJECT.test(subject) && ctx.shareRise !== null) {
      const first = foldedWords(name)[0];
      const at = first ? foldedWords(ctx.shareRise).lastIndexOf(first) : -1;
      name =
        at > 0
          ? `${ctx.shareRise.split(/\s+/).slice(0, at).join(" ")} ${name}`
          : `${ctx.shareRise} – ${name}`;
    }
    ctx.shareRise = name;
    const rise = fig.bound === "range" ? `${fig.min}–${fig.max}%` : `${fig.min}%`;
    notes.push(SHARE_RISE_NOTE(rise));
  }
  if (kind === "growth") notes.push(GROWTH_NOTE);
  if (shared)
    notes.push("Mức của mục đầu danh sách được áp dụng cho cả danh sách như văn bản viết: cần xác nhận.");
  if (fig.bound === "atMost" && /\bduoi\s*$/.test(folded.slice(fig.start, fig.numberStart)))
    notes.push('Văn bản viết "dưới": thấp hơn hẳn mức này.');
  if (outsidePeriod && year !== null && period) {
    notes.push(
      `Năm mục tiêu ${year} nằm ngoài thời kỳ của kế hoạch (${period.startYear}–${period.endYear}).`,
    );
    rules.push("year.outsidePeriod");
  }
  if (fig.aboutRange) rules.push("range.about");
  const span = { start: own.prefix.start, end: item.suffix.end };
  return {
    key: "",
    name: shorten(capitalise(name)),
    unit,
    kind,
    direction,
    total,
    plan,
    targetYear: year,
    group: groupFor(kind, unit, name),
    source: sourceNote(ctx.label, quoteFor(text, ctx.sentence, span)),
    note: notes.join(" "),
    sentence: { start: ctx.sentence.start, end: ctx.sentence.end },
    figure: { start: fig.start, end: fig.end },
    alsoAt: [],
    confidence: Math.max(0.1, Math.round(confidence * 100) / 100),
    rule: rules.join(" + "),
    sharedBound: shared,
    aboutRange: fig.aboutRange,
    outsidePeriod,
  };
}

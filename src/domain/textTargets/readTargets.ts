// Reading the targets of a programme from its text (issue 13): rules, not guesses from a model. Each
// sentence is cut into clauses, each clause into figures (figures.ts) and items (clauseItems.ts), and
// each item becomes a proposed indicator whose kind, unit, bound, yearly split and year come from
// named rules (rules.ts). Clauses with no target that open with a task verb become proposed tasks.
// Nothing is invented: a figure, year or deadline not in the text stays empty.
import { itemsOf } from "./clauseItems";
import { scanFigures } from "./figures";
import { TASK_LEAD, TASK_VERBS } from "./lexicon";
import { capitalise, cleanPhrase, nameLikeness, shorten } from "./naming";
import { documentLabel, quoteFor, sourceNote } from "./quotes";
import { prepareText } from "./prepare";
import { proposalOf, type ClauseContext } from "./rules";
import { type Sentence, type Span, yearOf } from "./segments";
import { sentencesOf } from "./segments";
import type { IndicatorProposal, PlanPeriod, ReadingNotice, TaskProposal, TextReadResult } from "./types";

const DEADLINE_DATE = /\b(?:truoc|den|cham nhat|han|trong) (?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

function taskOf(
  text: string,
  folded: string,
  clause: Span,
  sentence: Sentence,
  label: string,
): TaskProposal | null {
  const f = folded.slice(clause.start, clause.end);
  const lead = TASK_LEAD.exec(f)?.[0].length ?? 0;
  if (!TASK_VERBS.test(f.slice(lead))) return null;
  const title = shorten(
    cleanPhrase(text, folded, clause.start + lead, clause.end).replace(/[.…/]+$/, ""),
    300,
  );
  if (title.length < 12 || title.split(" ").length < 4) return null;
  const own = yearOf(f);
  const date = DEADLINE_DATE.exec(f);
  const deadline = date
    ? `${date[3]}-${(date[2] ?? "").padStart(2, "0")}-${(date[1] ?? "").padStart(2, "0")}`
    : own.deadline && own.year !== null
      ? `${own.year}-12-31`
      : null;
  return {
    key: "",
    title: capitalise(title),
    deadline,
    source: sourceNote(label, quoteFor(text, sentence, clause)),
    sentence: { start: sentence.start, end: sentence.end },
    confidence: deadline ? 0.6 : 0.5,
    rule: deadline ? "task.verb + task.deadline" : "task.verb",
  };
}

/** A title and the body often say the same: keep one proposal, note the other places. */
function dedupe(found: IndicatorProposal[]): IndicatorProposal[] {
  const out: IndicatorProposal[] = [];
  const buckets = new Map<string, IndicatorProposal[]>();
  for (const p of found) {
    const key = `${p.unit}|${p.kind}|${JSON.stringify(p.total)}|${JSON.stringify(p.plan)}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    // A target said again elsewhere in the text is one proposal; two figures of one sentence are two.
    const twin = bucket.find(
      (q) => q.sentence.start !== p.sentence.start && nameLikeness(q.name, p.name) >= 0.7,
    );
    if (!twin) {
      out.push(p);
      bucket.push(p);
    } else if (p.sentence.end - p.sentence.start > twin.sentence.end - twin.sentence.start) {
      const kept = { ...p, alsoAt: [...twin.alsoAt, twin.figure] };
      out[out.indexOf(twin)] = kept;
      bucket[bucket.indexOf(twin)] = kept;
    } else twin.alsoAt.push(p.figure);
  }
  return out;
}

/** Read the targets and tasks a programme's text states. `period`: the plan's years, when known. */
export function readTargetsFromText(raw: string, period: PlanPeriod | null): TextReadResult {
  const prepared = prepareText(raw);
  if (!prepared.ok) return { ok: false, notice: prepared.notice };
  const { text, folded } = prepared.prepared;
  const notices: ReadingNotice[] = [...prepared.notices];
  const label = documentLabel(text);
  const found: IndicatorProposal[] = [];
  const tasks: TaskProposal[] = [];
  const taskTitles = new Set<string>();
  let paragraph = -1;
  let paragraphYear: number | null = null;
  for (const sentence of sentencesOf(folded)) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      paragraphYear = null;
    }
    if (sentence.year !== null) paragraphYear = sentence.year;
    const ctx: ClauseContext = {
      text,
      folded,
      sentence,
      year: sentence.year ?? paragraphYear,
      period,
      label,
      inSentence: [],
      growthUnit: null,
      shareRise: null,
    };
    for (const clause of sentence.clauses) {
      const scan = scanFigures(folded, clause.start, clause.end);
      notices.push(...scan.notices);
      const items = itemsOf(folded, clause, scan.figures);
      if (items.length === 0) {
        const task = taskOf(text, folded, clause, sentence, label);
        if (task && !taskTitles.has(task.title)) {
          taskTitles.add(task.title);
          tasks.push(task);
        }
        continue;
      }
      for (const item of items) {
        const p = proposalOf(ctx, item);
        ctx.inSentence.push(p);
        found.push(p);
      }
    }
  }
  const indicators = dedupe(found).map((p, i) => ({ ...p, key: `i${i + 1}` }));
  if (indicators.length === 0 && tasks.length === 0) notices.push({ code: "noTargets" });
  return {
    ok: true,
    reading: { text, indicators, tasks: tasks.map((t, i) => ({ ...t, key: `t${i + 1}` })), notices },
  };
}

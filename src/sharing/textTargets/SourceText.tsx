// The text as read, shown as text (never as HTML), with the sentences that gave a proposal marked and
// their figures in bold; the sentence of the proposal in focus is highlighted and scrolled into view.
import { memo, useEffect, useRef } from "react";
import type { Span } from "../../domain/textTargets";

export interface Marked {
  sentence: Span;
  figures: Span[];
}

interface Props {
  text: string;
  marks: readonly Marked[];
  /** Start of the sentence in focus. */
  active: number | null;
  label: string;
}

function pieces(text: string, marks: readonly Marked[]) {
  const byStart = new Map<number, Marked>();
  for (const m of marks) {
    const had = byStart.get(m.sentence.start);
    if (had) had.figures.push(...m.figures);
    else byStart.set(m.sentence.start, { sentence: m.sentence, figures: [...m.figures] });
  }
  const sorted = [...byStart.values()].sort((a, b) => a.sentence.start - b.sentence.start);
  const out: { key: number; text: string; mark: Marked | null }[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.sentence.start < at) continue;
    if (m.sentence.start > at) out.push({ key: at, text: text.slice(at, m.sentence.start), mark: null });
    out.push({ key: m.sentence.start, text: text.slice(m.sentence.start, m.sentence.end), mark: m });
    at = m.sentence.end;
  }
  if (at < text.length) out.push({ key: at, text: text.slice(at), mark: null });
  return out;
}

function SentenceText({ text, mark }: { text: string; mark: Marked }) {
  const base = mark.sentence.start;
  const figures = [...mark.figures].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const f of figures) {
    const s = f.start - base;
    if (s < at) continue;
    parts.push(text.slice(at, s));
    parts.push(<strong key={f.start}>{text.slice(s, f.end - base)}</strong>);
    at = f.end - base;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export const SourceText = memo(function SourceText({ text, marks, active, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active === null) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-at="${active}"]`);
    el?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }, [active]);
  return (
    <div className="tt-text" ref={ref} tabIndex={0} role="region" aria-label={label}>
      {pieces(text, marks).map((p) =>
        p.mark ? (
          <mark key={p.key} data-at={p.key} className={p.key === active ? "tt-active" : undefined}>
            <SentenceText text={p.text} mark={p.mark} />
          </mark>
        ) : (
          <span key={p.key}>{p.text}</span>
        ),
      )}
    </div>
  );
});

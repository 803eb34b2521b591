// "Lấy chỉ tiêu từ văn bản": paste the text of a decision, plan or programme; it is read in the text
// worker into proposed indicators and tasks, shown beside their sentences; the planner takes, edits
// or drops each, and the taken ones are added to the plan as ONE edit (one undo). Nothing is stored
// before that, whatever the text holds.
import { useEffect, useMemo, useRef, useState } from "react";
import { usePlanEditor } from "../../bindings/planEditor";
import { MAX_TEXT_CHARS, type ReadingNotice, type TextReading } from "../../domain/textTargets";
import { acceptedEdit } from "../../domain/textTargets/toEdit";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../i18n/numbers";
import { formatTarget } from "../../i18n/targets";
import { createTextTargetsReader, type TextTargetsReader } from "../../io/worker/textTargetsReader";
import { Dialog } from "../../ui/Dialog";
import { indicatorDraft, type IndicatorDraft, takenProposals, taskDraft, type TaskDraft } from "./drafts";
import { IndicatorCard, TaskCard } from "./ProposalCards";
import { SourceText } from "./SourceText";
import "./textTargets.css";
import "../../i18n/featureMessages";

interface Props {
  onClose: () => void;
  /** Said (under the grid's toolbar) once the proposals are added. */
  onAdded: (text: string) => void;
}

function useReader(): React.RefObject<TextTargetsReader | null> {
  const ref = useRef<TextTargetsReader | null>(null);
  useEffect(() => {
    ref.current = createTextTargetsReader();
    return () => {
      ref.current?.close();
      ref.current = null;
    };
  }, []);
  return ref;
}

export function TextTargetsDialog({ onClose, onAdded }: Props) {
  const editor = usePlanEditor();
  const { plan } = editor;
  const { t, lang } = useI18n();
  const reader = useReader();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ReadingNotice | null>(null);
  const [reading, setReading] = useState<TextReading | null>(null);
  const [indicators, setIndicators] = useState<IndicatorDraft[]>([]);
  const [tasks, setTasks] = useState<TaskDraft[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const [bad, setBad] = useState<number[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const noticeText = (n: ReadingNotice): string => {
    switch (n.code) {
      case "tooLong":
        return t("tt.notice.tooLong", { chars: formatNumber(n.chars, lang), max: formatNumber(n.max, lang) });
      case "binary":
        return t("tt.notice.binary", { at: formatNumber(n.at + 1, lang) });
      case "englishNumber":
        return t("tt.notice.englishNumber", { text: n.text, at: formatNumber(n.at + 1, lang) });
      default:
        return t(`tt.notice.${n.code}`);
    }
  };

  const read = async () => {
    setProblem(null);
    if (text.length > MAX_TEXT_CHARS)
      return setRefusal({ code: "tooLong", chars: text.length, max: MAX_TEXT_CHARS });
    const r = reader.current;
    if (!r) return;
    setBusy(true);
    const result = await r.read(text, { startYear: plan.startYear, endYear: plan.endYear });
    setBusy(false);
    if (!result.ok) return setRefusal(result.notice);
    setRefusal(null);
    setReading(result.reading);
    setIndicators(result.reading.indicators.map((p) => indicatorDraft(p, lang, plan.moneyScale)));
    setTasks(result.reading.tasks.map(taskDraft));
    setActive(null);
    setBad([]);
  };

  const marks = useMemo(
    () => [
      ...(reading?.indicators ?? []).map((p) => ({ sentence: p.sentence, figures: [p.figure] })),
      ...(reading?.tasks ?? []).map((p) => ({ sentence: p.sentence, figures: [] })),
    ],
    [reading],
  );

  const takenIndicators = indicators.filter((d) => d.take).length;
  const takenTasks = tasks.filter((d) => d.take).length;

  const accept = () => {
    const r = takenProposals(indicators, tasks, lang, plan.moneyScale);
    if (!r.ok) {
      setBad(r.bad);
      return setProblem(t("tt.fixTargets"));
    }
    const figureNote = (p: (typeof r.indicators)[number]) =>
      p.total
        ? t("tt.figureNote", {
            target: formatTarget(p.total, {
              lang,
              unit: p.kind === "growth" ? "percent" : p.unit,
              scale: plan.moneyScale,
            }),
            kind: t(`kind.${p.kind}`),
          })
        : "";
    const edit = acceptedEdit(plan, r.indicators, r.tasks, () => crypto.randomUUID(), figureNote);
    if (!edit) return onClose();
    const done = editor.dispatch(edit);
    if (!done.ok) return setProblem(t("tt.refused", { reason: done.error.problem }));
    onAdded(t("tt.added", { indicators: r.indicators.length, tasks: r.tasks.length }));
    onClose();
  };

  return (
    <Dialog title={t("tt.title")} onClose={onClose} className="tt-dialog">
      {!reading ? (
        <form
          className="tt-paste"
          onSubmit={(e) => {
            e.preventDefault();
            void read();
          }}
        >
          <label className="field">
            <span>{t("tt.pasteLabel")}</span>
            <textarea
              value={text}
              rows={14}
              spellCheck={false}
              onChange={(e) => setText(e.target.value)}
              aria-describedby="tt-paste-hint"
            />
          </label>
          <p id="tt-paste-hint" className="grid-dialog-sub">
            <small>{t("tt.pasteHint")}</small>
          </p>
          {refusal && (
            <p className="field-error" role="alert">
              {noticeText(refusal)}
            </p>
          )}
          <div className="tt-actions">
            <button type="button" className="button" onClick={onClose}>
              {t("tt.cancel")}
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t("tt.reading") : t("tt.read")}
            </button>
          </div>
          {busy && (
            <p role="status" className="hint">
              {t("tt.reading")}
            </p>
          )}
        </form>
      ) : (
        <div className="tt-review">
          <p role="status">
            {t("tt.found", { indicators: reading.indicators.length, tasks: reading.tasks.length })}
          </p>
          {reading.notices.length > 0 && (
            <ul className="tt-notices">
              {reading.notices.slice(0, 20).map((n, i) => (
                <li key={i}>{noticeText(n)}</li>
              ))}
            </ul>
          )}
          {plan.subAreas.length > 0 && <p className="tt-notices">{t("tt.subAreas")}</p>}
          <div className="tt-columns">
            <SourceText text={reading.text} marks={marks} active={active} label={t("tt.text")} />
            <div className="tt-proposals">
              {indicators.length > 0 && (
                <section aria-labelledby="tt-ind-h">
                  <h3 id="tt-ind-h">{t("tt.indicators")}</h3>
                  <ol className="tt-cards">
                    {indicators.map((d, i) => (
                      <IndicatorCard
                        key={d.proposal.key}
                        n={i + 1}
                        draft={d}
                        plan={plan}
                        bad={bad.includes(i)}
                        onChange={(next) => setIndicators((all) => all.map((x, j) => (j === i ? next : x)))}
                        onFocus={() => setActive(d.proposal.sentence.start)}
                      />
                    ))}
                  </ol>
                </section>
              )}
              {tasks.length > 0 && (
                <section aria-labelledby="tt-task-h">
                  <h3 id="tt-task-h">{t("tt.tasks")}</h3>
                  <ol className="tt-cards">
                    {tasks.map((d, i) => (
                      <TaskCard
                        key={d.proposal.key}
                        n={indicators.length + i + 1}
                        draft={d}
                        onChange={(next) => setTasks((all) => all.map((x, j) => (j === i ? next : x)))}
                        onFocus={() => setActive(d.proposal.sentence.start)}
                      />
                    ))}
                  </ol>
                </section>
              )}
            </div>
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="tt-actions">
            <button type="button" className="button" onClick={() => setReading(null)}>
              {t("tt.back")}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                const all = takenIndicators + takenTasks === 0;
                setIndicators((xs) => xs.map((x) => ({ ...x, take: all })));
                setTasks((xs) => xs.map((x) => ({ ...x, take: all })));
              }}
            >
              {takenIndicators + takenTasks === 0 ? t("tt.all") : t("tt.none")}
            </button>
            <span className="tt-spacer" />
            <button type="button" className="button" onClick={onClose}>
              {t("tt.cancel")}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={!editor.writable || takenIndicators + takenTasks === 0}
              onClick={accept}
            >
              {t("tt.accept", { indicators: takenIndicators, tasks: takenTasks })}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

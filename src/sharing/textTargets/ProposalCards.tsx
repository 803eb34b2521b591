// One card per proposal: take it or not, change its name, unit, kind, target and group (a task: its
// title and deadline), see its yearly split, year, confidence, rule and what to check. Focusing a card
// shows its sentence in the text.
import type { ReactNode } from "react";
import type { IndicatorKind, Plan, Unit } from "../../domain/schema";
import { IndicatorKind as Kinds, Unit as Units } from "../../domain/schema";
import type { IndicatorProposal } from "../../domain/textTargets";
import { useI18n } from "../../i18n/I18nProvider";
import { formatPercent } from "../../i18n/numbers";
import { formatTarget } from "../../i18n/targets";
import type { IndicatorDraft, TaskDraft } from "./drafts";

type PlanShape = Pick<Plan, "startYear" | "endYear" | "moneyScale">;

function yearlyText(p: IndicatorProposal, plan: PlanShape, lang: "vi" | "en"): string {
  const years = Object.keys(p.plan).sort();
  if (years.length === 0) return "";
  const unit = p.kind === "growth" ? "percent" : p.unit;
  const shown = years.map((y) => `${y}: ${formatTarget(p.plan[y]!, { lang, unit, scale: plan.moneyScale })}`);
  return shown.join(" · ");
}

interface HeadProps {
  n: number;
  take: boolean;
  text: string;
  label: string;
  onTake: (take: boolean) => void;
  onText: (text: string) => void;
  onFocus: () => void;
  children: ReactNode;
}

/** A card: take it or not, its number, its name or title. */
function CardHead({ n, take, text, label, onTake, onText, onFocus, children }: HeadProps) {
  const { t } = useI18n();
  return (
    <li className={take ? "tt-card" : "tt-card tt-dropped"} onFocus={onFocus}>
      <div className="tt-card-head">
        <label className="tt-take">
          <input
            type="checkbox"
            checked={take}
            onChange={(e) => onTake(e.target.checked)}
            aria-label={t("tt.takeLabel", { n })}
          />
          <span aria-hidden="true">{n}</span>
        </label>
        <input className="tt-name" value={text} aria-label={label} onChange={(e) => onText(e.target.value)} />
      </div>
      {children}
    </li>
  );
}

interface IndicatorProps {
  n: number;
  draft: IndicatorDraft;
  plan: PlanShape;
  bad: boolean;
  onChange: (next: IndicatorDraft) => void;
  onFocus: () => void;
}

export function IndicatorCard({ n, draft, plan, bad, onChange, onFocus }: IndicatorProps) {
  const { t, lang } = useI18n();
  const p = draft.proposal;
  const yearly = yearlyText(p, plan, lang);
  const set = (patch: Partial<IndicatorDraft>) => onChange({ ...draft, ...patch });
  return (
    <CardHead
      n={n}
      take={draft.take}
      text={draft.name}
      label={t("tt.field.name")}
      onTake={(take) => set({ take })}
      onText={(name) => set({ name })}
      onFocus={onFocus}
    >
      <div className="tt-fields">
        <label>
          <span>{t("tt.field.unit")}</span>
          <select value={draft.unit} onChange={(e) => set({ unit: e.target.value as Unit })}>
            {Units.options.map((u) => (
              <option key={u} value={u}>
                {t(`unit.${u}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("tt.field.kind")}</span>
          <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as IndicatorKind })}>
            {Kinds.options.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("tt.field.target")}</span>
          <input
            className="tt-target"
            value={draft.target}
            placeholder={t("tt.total.none")}
            aria-invalid={bad || undefined}
            onChange={(e) => set({ target: e.target.value })}
          />
        </label>
        <span className="tt-year">
          <span>{t("tt.field.year")}</span>
          <span>{p.targetYear ?? t("tt.noYear")}</span>
        </span>
        <label className="tt-group">
          <span>{t("tt.field.group")}</span>
          <input value={draft.group} onChange={(e) => set({ group: e.target.value })} />
        </label>
      </div>
      {yearly && (
        <p className="tt-yearly">
          {t("tt.field.yearly")}: {yearly}
        </p>
      )}
      {bad && (
        <p className="field-error" role="alert">
          {t("tt.badTarget", { text: draft.target })}
        </p>
      )}
      <ul className="tt-flags">
        {p.sharedBound && <li>{t("tt.flag.shared")}</li>}
        {p.outsidePeriod && p.targetYear !== null && (
          <li>{t("tt.flag.outside", { year: p.targetYear, period: `${plan.startYear}–${plan.endYear}` })}</li>
        )}
        {p.aboutRange && <li>{t("tt.flag.aboutRange")}</li>}
        {p.alsoAt.length > 0 && <li>{t("tt.flag.alsoAt", { n: p.alsoAt.length })}</li>}
      </ul>
      <p className="tt-meta">
        <small>{t("tt.confidence", { pct: formatPercent(p.confidence * 100, lang, 0), rule: p.rule })}</small>
      </p>
    </CardHead>
  );
}

interface TaskProps {
  n: number;
  draft: TaskDraft;
  onChange: (next: TaskDraft) => void;
  onFocus: () => void;
}

export function TaskCard({ n, draft, onChange, onFocus }: TaskProps) {
  const { t, lang } = useI18n();
  const p = draft.proposal;
  const set = (patch: Partial<TaskDraft>) => onChange({ ...draft, ...patch });
  return (
    <CardHead
      n={n}
      take={draft.take}
      text={draft.title}
      label={t("tt.field.title")}
      onTake={(take) => set({ take })}
      onText={(title) => set({ title })}
      onFocus={onFocus}
    >
      <div className="tt-fields">
        <label>
          <span>{t("tt.field.deadline")}</span>
          <input type="date" value={draft.deadline} onChange={(e) => set({ deadline: e.target.value })} />
        </label>
      </div>
      <p className="tt-meta">
        <small>{t("tt.confidence", { pct: formatPercent(p.confidence * 100, lang, 0), rule: p.rule })}</small>
      </p>
    </CardHead>
  );
}

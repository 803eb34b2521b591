// The planner's version of each proposal while the dialog is open: taken or not, and the fields they
// may change (name, unit, kind, target, group; a task's title and deadline). Turning the taken ones
// back into proposals reads each target as the planner typed it, in the interface's language.
import type { IndicatorKind, MoneyScale, Unit } from "../../domain/schema";
import type { IndicatorProposal, TaskProposal } from "../../domain/textTargets";
import type { Lang } from "../../i18n/numbers";
import { formatTarget, readTarget } from "../../i18n/targets";

export interface IndicatorDraft {
  proposal: IndicatorProposal;
  take: boolean;
  name: string;
  unit: Unit;
  kind: IndicatorKind;
  group: string;
  /** The target as shown and edited ("≥ 250", "20–30"); empty when the text gives only yearly figures. */
  target: string;
}

export interface TaskDraft {
  proposal: TaskProposal;
  take: boolean;
  title: string;
  deadline: string;
}

const valueUnit = (unit: Unit, kind: IndicatorKind): Unit => (kind === "growth" ? "percent" : unit);

export function indicatorDraft(p: IndicatorProposal, lang: Lang, scale: MoneyScale): IndicatorDraft {
  return {
    proposal: p,
    take: true,
    name: p.name,
    unit: p.unit,
    kind: p.kind,
    group: p.group,
    target: p.total ? formatTarget(p.total, { lang, unit: valueUnit(p.unit, p.kind), scale }) : "",
  };
}

export function taskDraft(p: TaskProposal): TaskDraft {
  return { proposal: p, take: true, title: p.title, deadline: p.deadline ?? "" };
}

export type DraftsRead =
  { ok: true; indicators: IndicatorProposal[]; tasks: TaskProposal[] } | { ok: false; bad: number[] };

/** The taken drafts as proposals with the planner's changes; the indexes of targets that cannot be read. */
export function takenProposals(
  indicators: readonly IndicatorDraft[],
  tasks: readonly TaskDraft[],
  lang: Lang,
  scale: MoneyScale,
): DraftsRead {
  const bad: number[] = [];
  const out: IndicatorProposal[] = [];
  indicators.forEach((d, i) => {
    if (!d.take) return;
    let total = null;
    if (d.target.trim() !== "") {
      const r = readTarget(d.target, { lang, unit: valueUnit(d.unit, d.kind), scale });
      if (!r.ok) return void bad.push(i);
      const was = d.proposal.total;
      // The interface writes no "about" on a range: the text's "khoảng 20–30" is kept as read.
      total =
        r.target.bound === "range" && was?.bound === "range" && was.about
          ? { ...r.target, about: true }
          : r.target;
    }
    const name = d.name.trim() || d.proposal.name;
    out.push({ ...d.proposal, name, unit: d.unit, kind: d.kind, group: d.group.trim(), total });
  });
  if (bad.length > 0) return { ok: false, bad };
  const taken = tasks
    .filter((d) => d.take && d.title.trim() !== "")
    .map((d) => ({
      ...d.proposal,
      title: d.title.trim(),
      deadline: /^\d{4}-\d{2}-\d{2}$/.test(d.deadline) ? d.deadline : null,
    }));
  return { ok: true, indicators: out, tasks: taken };
}

// The proposed matching of indicators when combining plans, for the planner to confirm or correct:
// one row per combined indicator, one column per source plan with the indicator of that plan that
// goes into it (a list to choose another one, or none). Rows whose indicators differ in unit or kind,
// or that join two indicators of the same plan, are marked and block combining until corrected.
import type { Indicator, Plan } from "../domain/schema";
import {
  candidatesFor,
  indicatorOf,
  isBlocked,
  joinGroups,
  type Matching,
  moveIndicator,
  type SourceRef,
} from "../domain/sharing/indicatorMatching";
import { useI18n } from "../i18n/I18nProvider";
import { unitLabel } from "../i18n/unitLabel";

const label = (ind: Pick<Indicator, "code" | "name">) => (ind.code ? `${ind.code}. ${ind.name}` : ind.name);

export function MatchingTable({
  plans,
  names,
  matching,
  onChange,
}: {
  plans: readonly Plan[];
  names: readonly string[];
  matching: Matching;
  onChange: (m: Matching) => void;
}) {
  const { t } = useI18n();
  const choose = (group: number, plan: number, indicatorId: string) => {
    const current = matching.groups[group]?.members.find((m) => m.plan === plan);
    if (indicatorId === "") {
      if (current) onChange(moveIndicator(plans, matching, current, "new"));
      return;
    }
    const ref: SourceRef = { plan, indicatorId };
    let next = moveIndicator(plans, matching, ref, group);
    if (current) {
      // The indicator that was there goes into a row of its own.
      next = moveIndicator(plans, next, current, "new");
    }
    onChange(next);
  };
  return (
    <div className="diff-wrap">
      <table className="data-table matching-table">
        <thead>
          <tr>
            <th scope="col">{t("share.combinedIndicator")}</th>
            {names.map((n, p) => (
              <th scope="col" key={p}>
                {n}
              </th>
            ))}
            <th scope="col">{t("share.matchBasis")}</th>
          </tr>
        </thead>
        <tbody>
          {matching.groups.map((g, gi) => {
            const lead = indicatorOf(plans, g.members[0] as SourceRef);
            const blocked = isBlocked(g);
            const candidates = g.members.length === 1 ? candidatesFor(plans, matching, gi).slice(0, 1) : [];
            return (
              <tr
                key={g.members.map((m) => `${m.plan}:${m.indicatorId}`).join("|")}
                className={blocked ? "blocked" : undefined}
              >
                <td>
                  <div className="ind-name">{lead ? label(lead) : "—"}</div>
                  {lead && (
                    <div className="ind-source">{unitLabel(lead, plans[0]?.moneyScale ?? "million", t)}</div>
                  )}
                </td>
                {plans.map((plan, p) => {
                  const member = g.members.find((m) => m.plan === p);
                  return (
                    <td key={p}>
                      <select
                        className="select match-select"
                        aria-label={t("share.matchCell", {
                          row: lead ? label(lead) : String(gi + 1),
                          plan: names[p] ?? "",
                        })}
                        value={member?.indicatorId ?? ""}
                        onChange={(e) => choose(gi, p, e.target.value)}
                      >
                        <option value="">{t("share.noIndicator")}</option>
                        {plan.indicators.map((ind) => (
                          <option key={ind.id} value={ind.id}>
                            {label(ind)}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
                <td>
                  <div>{t(`match.${g.basis}`)}</div>
                  {g.conflicts.map((c) => (
                    <div
                      key={c}
                      className={isBlocked({ ...g, conflicts: [c] }) ? "field-error" : "field-hint"}
                    >
                      {t(`conflict.${c}`)}
                    </div>
                  ))}
                  {candidates.map((c) => {
                    const other = indicatorOf(plans, matching.groups[c.group]?.members[0] as SourceRef);
                    return other ? (
                      <button
                        key={c.group}
                        type="button"
                        className="button small"
                        onClick={() => onChange(joinGroups(plans, matching, c.group, gi))}
                      >
                        {t("share.joinWith", { name: label(other) })}
                      </button>
                    ) : null;
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

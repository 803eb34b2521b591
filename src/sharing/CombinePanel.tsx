// Combining several plans into one (the former Bến Tre, Trà Vinh and Vĩnh Long programmes into the
// new Vĩnh Long's): choose the plans, confirm or correct how their indicators match, name the result
// and its province, create it. Each source becomes a sub-area; the whole plan is rolled up from them
// (amounts add up, shares recombine from numerators and denominators). The new plan opens.
import { useState } from "react";
import { periodLabel, provinceLabel } from "../i18n/labels";
import { navigate } from "../ui/router";
import { CURRENT_PROVINCES, FORMER_PROVINCES } from "../domain/provinces";
import type { Plan } from "../domain/schema";
import { combinePlans, defaultSourceNames } from "../domain/sharing/combinePlans";
import { isBlocked, type Matching, proposeMatching } from "../domain/sharing/indicatorMatching";
import { useI18n } from "../i18n/I18nProvider";
import { combineErrorMessage } from "../i18n/sharingErrors";
import { getPlan, newId, nowIso, putPlan, type PlanSummary } from "../storage/library";
import { defaultCombinedProvince, defaultCombinedTitle } from "./combineDefaults";
import { MatchingTable } from "./MatchingTable";

interface Loaded {
  plans: Plan[];
  names: string[];
  matching: Matching;
  title: string;
  province: string;
}

export function CombinePanel({ plans, onClose }: { plans: readonly PlanSummary[]; onClose: () => void }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const next = async () => {
    setError(null);
    const list = (await Promise.all(chosen.map((id) => getPlan(id)))).filter((p): p is Plan => p !== null);
    const first = list[0];
    if (list.length < 2 || !first) {
      setError(t("combine.tooFew"));
      return;
    }
    if (list.some((p) => p.startYear !== first.startYear || p.endYear !== first.endYear)) {
      const periods = list.map((p, plan) => ({ plan, startYear: p.startYear, endYear: p.endYear }));
      setError(combineErrorMessage({ reason: "periodsDiffer", periods }, list, t));
      return;
    }
    const province = defaultCombinedProvince(list);
    setLoaded({
      plans: list,
      names: defaultSourceNames(list),
      matching: proposeMatching(list),
      province,
      title: defaultCombinedTitle(list, province),
    });
  };

  const create = async () => {
    if (!loaded) return;
    setError(null);
    const r = combinePlans(loaded.plans, loaded.matching, {
      id: newId(),
      now: nowIso(),
      title: loaded.title.trim(),
      province: loaded.province,
    });
    if (!r.ok) {
      setError(combineErrorMessage(r.error, loaded.plans, t));
      return;
    }
    setBusy(true);
    const stored = await putPlan(r.plan);
    setBusy(false);
    if (!stored.ok) {
      setError(t("combine.invalidResult"));
      return;
    }
    onClose();
    // The new plan opens on its details: the whole plan summed from its parts, to check at once.
    navigate({ name: "plan", planId: r.plan.id, view: "details" });
  };

  const blocked = loaded ? loaded.matching.groups.filter(isBlocked).length : 0;
  return (
    <section className="panel combine-panel" aria-labelledby="combine-heading">
      <div className="section-top">
        <h2 id="combine-heading">{t("share.combineHeading")}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <p className="hint">{t("share.combineHint")}</p>
      {!loaded ? (
        <>
          <fieldset className="plan-choices">
            <legend>{t("share.choosePlans")}</legend>
            {plans.map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(p.id)}
                  onChange={(e) =>
                    setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((id) => id !== p.id)))
                  }
                />{" "}
                {p.title}{" "}
                <span className="muted">
                  · {provinceLabel(p.province, t)} · {periodLabel(p)}
                </span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button primary"
            disabled={chosen.length < 2}
            onClick={() => void next()}
          >
            {t("share.matchStep")}
          </button>
        </>
      ) : (
        <>
          <h3>{t("share.matchHeading")}</h3>
          <p className="hint">{t("share.matchHint")}</p>
          <MatchingTable
            plans={loaded.plans}
            names={loaded.names}
            matching={loaded.matching}
            onChange={(matching) => setLoaded({ ...loaded, matching })}
          />
          {blocked > 0 && <p className="field-error">{t("combine.conflicts")}</p>}
          <div className="form-grid combine-details">
            <label className="field wide">
              <span>{t("share.newTitle")}</span>
              <input
                className="text-input"
                value={loaded.title}
                maxLength={500}
                onChange={(e) => setLoaded({ ...loaded, title: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t("province")}</span>
              <select
                className="select"
                value={loaded.province}
                onChange={(e) => setLoaded({ ...loaded, province: e.target.value })}
              >
                <optgroup label={t("province.current")}>
                  {CURRENT_PROVINCES.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t("province.former")}>
                  {FORMER_PROVINCES.map((p) => (
                    <option key={p.id} value={p.id}>
                      {provinceLabel(p.id, t)}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
          </div>
          <div className="import-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || blocked > 0 || loaded.title.trim() === ""}
              onClick={() => void create()}
            >
              {t("share.createCombined")}
            </button>
            <button type="button" className="button" onClick={() => setLoaded(null)}>
              {t("back")}
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

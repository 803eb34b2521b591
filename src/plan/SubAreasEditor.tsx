// The plan's sub-areas (districts, communes, former provinces): add one or paste a whole list,
// rename, move, remove — each an edit (addSubArea / renameSubArea / moveSubArea / removeSubArea; a
// pasted list is one batch). Removing one takes its figures with it, so it asks first; undo brings
// both back.
import { useState, type FormEvent } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { newSubArea } from "../domain/newPlan";
import type { SubArea } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { GroupSelect } from "../ui/ChoiceSelect";
import { problemOf, type FieldProblem } from "../ui/commitField";
import { TextField } from "./DetailFields";
import { SubAreaGroups } from "./SubAreaGroups";
import { SubAreaPaste } from "./SubAreaPaste";

export function SubAreasEditor() {
  const { plan, dispatch, writable } = usePlanEditor();
  const { t } = useI18n();
  const [name, setName] = useState("");
  const [error, setError] = useState<FieldProblem | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.normalize("NFC").trim();
    if (clean === "") return setError({ key: "field.required" });
    if (clean.length > 200) return setError({ key: "field.tooLong", params: { max: 200 } });
    const subArea: SubArea = newSubArea(crypto.randomUUID(), clean);
    const r = dispatch({ type: "addSubArea", subArea, index: plan.subAreas.length });
    if (!r.ok) return setError(problemOf(r.error.problem));
    setName("");
    setError(null);
  };

  return (
    <section className="panel sub-areas" aria-labelledby="sub-heading">
      <h2 id="sub-heading">
        {t("sub.heading")} <span className="count">({plan.subAreas.length})</span>
      </h2>
      <p className="hint">{t("sub.hint")}</p>
      {plan.subAreas.length === 0 ? (
        <p className="muted">{t("sub.none")}</p>
      ) : (
        <ul className="sub-area-list">
          {plan.subAreas.map((a, i) => (
            <li key={a.id} data-sub-area={a.id}>
              <TextField
                id={`sub-${a.id}`}
                label={`${t("sub.name")} ${i + 1}`}
                value={a.name}
                disabled={!writable}
                save={(raw) => {
                  const clean = raw.normalize("NFC").trim();
                  if (clean === "") return { key: "field.required" };
                  if (clean.length > 200) return { key: "field.tooLong", params: { max: 200 } };
                  const r = dispatch({ type: "renameSubArea", subAreaId: a.id, name: clean });
                  return r.ok ? null : problemOf(r.error.problem);
                }}
              />
              <TextField
                id={`sub-code-${a.id}`}
                label={`${t("sub.code")} ${i + 1}`}
                value={a.code}
                disabled={!writable}
                save={(raw) => {
                  const code = raw.normalize("NFC").trim();
                  if (code.length > 20) return { key: "field.tooLong", params: { max: 20 } };
                  const r = dispatch({ type: "updateSubArea", subAreaId: a.id, patch: { code } });
                  return r.ok ? null : problemOf(r.error.problem);
                }}
              />
              <GroupSelect
                className="field sub-area-group"
                label={t("subGroups.of")}
                value={a.groupId ?? ""}
                disabled={!writable}
                onChange={(v) =>
                  dispatch({ type: "updateSubArea", subAreaId: a.id, patch: { groupId: v || null } })
                }
                none={t("subGroups.none")}
                groups={plan.subAreaGroups}
              />
              <button
                type="button"
                className="button small"
                disabled={!writable || i === 0}
                aria-label={`${t("sub.moveUp")}: ${a.name}`}
                title={t("sub.moveUp")}
                onClick={() => dispatch({ type: "moveSubArea", subAreaId: a.id, toIndex: i - 1 })}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="button small"
                disabled={!writable || i === plan.subAreas.length - 1}
                aria-label={`${t("sub.moveDown")}: ${a.name}`}
                title={t("sub.moveDown")}
                onClick={() => dispatch({ type: "moveSubArea", subAreaId: a.id, toIndex: i + 1 })}
              >
                <span aria-hidden="true">↓</span>
              </button>
              {confirming === a.id ? (
                <span className="confirm" role="alert">
                  {t("sub.confirmRemove", { name: a.name })}{" "}
                  <button
                    type="button"
                    className="button small danger"
                    onClick={() => {
                      dispatch({ type: "removeSubArea", subAreaId: a.id });
                      setConfirming(null);
                    }}
                  >
                    {t("sub.confirm")}
                  </button>{" "}
                  <button type="button" className="button small" onClick={() => setConfirming(null)}>
                    {t("cancel")}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button small danger"
                  disabled={!writable}
                  aria-label={`${t("sub.remove")}: ${a.name}`}
                  onClick={() => setConfirming(a.id)}
                >
                  {t("sub.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="add-sub-area" onSubmit={add}>
        <div className="field">
          <label htmlFor="new-sub-area">{t("sub.newName")}</label>
          <input
            id="new-sub-area"
            className="text-input"
            value={name}
            disabled={!writable}
            aria-invalid={error ? true : undefined}
            aria-describedby={
              error ? "new-sub-area-error" : plan.subAreas.length === 0 ? "new-sub-area-hint" : undefined
            }
            onChange={(e) => setName(e.target.value)}
          />
          {plan.subAreas.length === 0 && (
            <span id="new-sub-area-hint" className="field-hint">
              {t("sub.firstHint")}
            </span>
          )}
          {error && (
            <span id="new-sub-area-error" className="field-error" role="alert">
              {t(error.key, error.params)}
            </span>
          )}
        </div>
        <button type="submit" className="button" disabled={!writable}>
          + {t("sub.add")}
        </button>
      </form>
      <SubAreaPaste />
      <SubAreaGroups />
    </section>
  );
}

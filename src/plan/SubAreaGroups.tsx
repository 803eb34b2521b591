// Groups of sub-areas: the former provinces (or districts) of a merged province, e.g. "Bến Tre cũ"
// and "Trà Vinh cũ" inside Vĩnh Long, so that figures roll up by group as well as for the whole
// plan. Add, rename, remove — each one edit with undo; removing a group takes its sub-areas out of
// it (they stay in the plan) in the same edit.
import { useState, type FormEvent } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import type { Edit } from "../domain/edits";
import { useI18n } from "../i18n/I18nProvider";
import { problemOf, type FieldProblem } from "../ui/commitField";
import { TextField } from "./DetailFields";

const clean = (raw: string) => raw.normalize("NFC").trim();

function nameProblem(name: string): FieldProblem | null {
  if (name === "") return { key: "field.required" };
  if (name.length > 200) return { key: "field.tooLong", params: { max: 200 } };
  return null;
}

export function SubAreaGroups() {
  const { plan, dispatch, writable } = usePlanEditor();
  const { t } = useI18n();
  const [name, setName] = useState("");
  const [error, setError] = useState<FieldProblem | null>(null);
  const groups = plan.subAreaGroups;

  const add = (e: FormEvent) => {
    e.preventDefault();
    const n = clean(name);
    const problem = nameProblem(n);
    if (problem) return setError(problem);
    const r = dispatch({
      type: "setSubAreaGroups",
      groups: [...groups, { id: crypto.randomUUID(), name: n }],
    });
    if (!r.ok) return setError(problemOf(r.error.problem));
    setName("");
    setError(null);
  };

  const remove = (id: string) => {
    const edits: Edit[] = plan.subAreas
      .filter((a) => a.groupId === id)
      .map((a) => ({ type: "updateSubArea", subAreaId: a.id, patch: { groupId: null } }));
    edits.push({ type: "setSubAreaGroups", groups: groups.filter((g) => g.id !== id) });
    dispatch({ type: "batch", edits });
  };

  return (
    <div className="sub-area-groups">
      <h3>
        {t("subGroups.heading")} <span className="count">({groups.length})</span>
      </h3>
      <p className="hint">{t("subGroups.hint")}</p>
      {groups.length > 0 && (
        <ul className="sub-area-list">
          {groups.map((g, i) => (
            <li key={g.id}>
              <TextField
                id={`group-${g.id}`}
                label={`${t("subGroups.name")} ${i + 1}`}
                value={g.name}
                disabled={!writable}
                save={(raw) => {
                  const n = clean(raw);
                  const problem = nameProblem(n);
                  if (problem) return problem;
                  const next = groups.map((x) => (x.id === g.id ? { ...x, name: n } : x));
                  const r = dispatch({ type: "setSubAreaGroups", groups: next });
                  return r.ok ? null : problemOf(r.error.problem);
                }}
              />
              <span className="muted">
                {t("subGroups.members", { n: plan.subAreas.filter((a) => a.groupId === g.id).length })}
              </span>
              <button
                type="button"
                className="button small danger"
                disabled={!writable}
                aria-label={`${t("subGroups.remove")}: ${g.name}`}
                onClick={() => remove(g.id)}
              >
                {t("subGroups.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-sub-area" onSubmit={add}>
        <div className="field">
          <label htmlFor="new-sub-area-group">{t("subGroups.newName")}</label>
          <input
            id="new-sub-area-group"
            className="text-input"
            value={name}
            disabled={!writable}
            placeholder={t("subGroups.example")}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "new-sub-area-group-error" : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {error && (
            <span id="new-sub-area-group-error" className="field-error" role="alert">
              {t(error.key, error.params)}
            </span>
          )}
        </div>
        <button type="submit" className="button" disabled={!writable}>
          + {t("subGroups.add")}
        </button>
      </form>
    </div>
  );
}

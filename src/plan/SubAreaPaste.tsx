// "Dán danh sách địa bàn": a list of communes pasted from Excel or Word (one a line, codes optional
// as "mã – tên") added as sub-areas in ONE edit, so one undo takes the whole list back. Problems are
// listed with their line and nothing is added until the list is right.
import { useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { readSubAreaList, type ListProblem } from "../domain/subAreaList";
import type { Edit } from "../domain/edits";
import { useI18n } from "../i18n/I18nProvider";
import { GroupSelect } from "../ui/ChoiceSelect";
import type { MessageKey } from "../i18n/messages";

function problemText(p: ListProblem, t: (k: MessageKey, params?: Record<string, string | number>) => string) {
  switch (p.problem) {
    case "nameTooLong":
      return t("subList.nameTooLong", { line: p.line, max: p.max });
    case "codeTooLong":
      return t("subList.codeTooLong", { line: p.line, max: p.max });
    case "duplicateName":
      return t("subList.duplicate", { line: p.line, name: p.name });
    case "tooMany":
      return t("subList.tooMany", { max: p.max });
    case "empty":
      return t("subList.empty");
  }
}

export function SubAreaPaste() {
  const { plan, dispatch, writable } = usePlanEditor();
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<ListProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [group, setGroup] = useState("");

  const add = () => {
    setDone(null);
    const r = readSubAreaList(
      text,
      plan.subAreas.map((a) => a.name),
    );
    if (!r.ok) return setProblems(r.problems);
    const edits: Edit[] = r.items.map((item, i) => ({
      type: "addSubArea",
      subArea: { id: crypto.randomUUID(), code: item.code, name: item.name, groupId: group || null },
      index: plan.subAreas.length + i,
    }));
    const result = dispatch({ type: "batch", edits });
    if (!result.ok) return setProblems([{ problem: "empty" }]);
    setProblems([]);
    setText("");
    setDone(t("subList.added", { n: r.items.length.toLocaleString(lang === "vi" ? "vi-VN" : "en-US") }));
  };

  return (
    <details className="sub-area-paste">
      <summary>{t("subList.open")}</summary>
      <div className="field">
        <label htmlFor="sub-area-list">{t("subList.label")}</label>
        <textarea
          id="sub-area-list"
          className="text-input"
          rows={8}
          value={text}
          disabled={!writable}
          aria-describedby="sub-area-list-hint"
          aria-invalid={problems.length > 0 ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <span id="sub-area-list-hint" className="field-hint">
          {t("subList.hint")}
        </span>
      </div>
      <GroupSelect
        label={t("subGroups.pasteInto")}
        value={group}
        onChange={setGroup}
        none={t("subGroups.none")}
        groups={plan.subAreaGroups}
      />
      {problems.length > 0 && (
        <ul className="field-error sub-list-problems" role="alert">
          {problems.slice(0, 20).map((p, i) => (
            <li key={i}>{problemText(p, t)}</li>
          ))}
          {problems.length > 20 && <li>{t("subList.more", { n: problems.length - 20 })}</li>}
        </ul>
      )}
      <button type="button" className="button" disabled={!writable || text.trim() === ""} onClick={add}>
        {t("subList.add")}
      </button>{" "}
      <span role="status" aria-live="polite">
        {done}
      </span>
    </details>
  );
}

// The task status editor: a plain <select> (keyboard: arrows choose, Enter keeps, Escape cancels),
// its options in the interface language.
import type { CustomCellEditorProps } from "ag-grid-react";
import { useEffect, useRef } from "react";
import type { TaskStatus } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";

const STATUSES: readonly TaskStatus[] = ["notStarted", "inProgress", "done"];

export function StatusEditor({ value, onValueChange, stopEditing }: CustomCellEditorProps<unknown, string>) {
  const { t } = useI18n();
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <select
      ref={ref}
      className="task-status-editor"
      value={value ?? "notStarted"}
      aria-label={t("task.col.status")}
      onChange={(e) => onValueChange(e.target.value)}
      onBlur={() => stopEditing()}
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`task.${s}`)}
        </option>
      ))}
    </select>
  );
}

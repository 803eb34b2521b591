// Labelled inputs of the details form. Each shows its error under it and links it for screen
// readers (aria-describedby); text commits on leaving the field or Enter, selects on change.
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useCommitField, type FieldProblem } from "../ui/commitField";

interface Common {
  id: string;
  label: string;
  hint?: string;
  disabled: boolean;
}

function Described({
  id,
  hint,
  error,
  children,
}: {
  id: string;
  hint?: string;
  error: FieldProblem | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {t(error.key, error.params)}
        </span>
      )}
    </>
  );
}

const describedBy = (id: string, hint: string | undefined, error: FieldProblem | null) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

export function TextField({
  id,
  label,
  hint,
  disabled,
  value,
  save,
  multiline = false,
  inputMode,
  type = "text",
  wide = false,
}: Common & {
  value: string;
  save: (text: string) => FieldProblem | null;
  multiline?: boolean;
  inputMode?: "numeric";
  type?: "text" | "date";
  wide?: boolean;
}) {
  const f = useCommitField(value, save);
  const props = {
    id,
    value: f.value,
    disabled,
    "aria-invalid": f.error ? true : undefined,
    "aria-describedby": describedBy(id, hint, f.error),
    onChange: (e: { target: { value: string } }) => f.onChange(e.target.value),
    onBlur: f.commit,
  };
  return (
    <div className={`field${wide ? " wide" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={f.error}>
        {multiline ? (
          <textarea
            {...props}
            className="text-input"
            rows={4}
            onKeyDown={(e) => {
              if (e.key === "Escape") f.revert();
            }}
          />
        ) : (
          <input
            {...props}
            type={type}
            inputMode={inputMode}
            className="text-input"
            onKeyDown={(e) => {
              if (e.key === "Enter") f.commit();
              if (e.key === "Escape") f.revert();
            }}
          />
        )}
      </Described>
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  hint,
  disabled,
  value,
  options,
  groups,
  save,
  error,
}: Common & {
  value: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
  save: (value: string) => void;
  error: FieldProblem | null;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={error}>
        <select
          id={id}
          className="select"
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => save(e.target.value)}
        >
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Described>
    </div>
  );
}

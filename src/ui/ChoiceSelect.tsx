// A labelled <select> of a few choices (a group of indicators, a group of sub-areas, a status, an
// order), with an "all"/"none" first choice of value "" where the filter has one.
export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  /** The first choice, of value "" (all of them, none). */
  none?: string;
  disabled?: boolean;
  /** Class of the wrapping label (its layout). */
  className?: string;
}

export function ChoiceSelect({ label, value, onChange, choices, none, disabled, className }: Props) {
  return (
    <label className={className ?? "field inline"}>
      <span>{label}</span>
      <select className="select" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A choice among the plan's groups of sub-areas; nothing while the plan has none. */
export function GroupSelect({
  groups,
  ...props
}: Omit<Props, "choices"> & { groups: readonly { id: string; name: string }[] }) {
  if (groups.length === 0) return null;
  return <ChoiceSelect {...props} choices={groups.map((g) => ({ value: g.id, label: g.name }))} />;
}

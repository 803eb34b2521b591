// Choosing a sub-area (district, commune): one labelled <select> of the plan's sub-areas, with the
// whole plan as a choice where it has one.
import type { SubArea } from "../domain/schema";

interface Props {
  label: string;
  subAreas: readonly SubArea[];
  value: string;
  onChange: (value: string) => void;
  /** The whole plan as the first choice (its value and label), where the view has one. */
  whole?: { value: string; label: string };
}

export function SubAreaSelect({ label, subAreas, value, onChange, whole }: Props) {
  return (
    <label className="field inline">
      <span>{label}</span>
      <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {whole && <option value={whole.value}>{whole.label}</option>}
        {subAreas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}

import type { ReactNode } from 'react';

/** One checkbox of a filter group: the name is exactly `label`; the count is aria-hidden. */
export interface CheckItem {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly count: number;
  /** A swatch or other mark drawn before the label. */
  readonly mark?: ReactNode;
}

/** A `group` of filter checkboxes named `name` (SPEC §3: sectors, regions, types, status). */
export function FilterChecks({
  name,
  items,
  onToggle,
}: {
  name: string;
  items: readonly CheckItem[];
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset className="checks" aria-label={name}>
      <legend>{name}</legend>
      {items.map((item) => (
        <label key={item.id} className="check">
          <input type="checkbox" checked={item.checked} onChange={() => onToggle(item.id)} />
          {item.mark}
          <span className="check-label">{item.label}</span>
          <span className="check-count" aria-hidden="true">
            {item.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

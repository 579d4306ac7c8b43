import type { ColumnId, SortOrder } from './tableRows';

/**
 * A column header holding its sort button (SPEC §3): the first press sorts ascending, the next
 * flips the direction; `aria-sort` says which way the column is sorted.
 */
export function SortHeader({
  column,
  label,
  order,
  onSort,
}: {
  column: ColumnId;
  label: string;
  order: SortOrder;
  onSort: (next: SortOrder) => void;
}) {
  const active = order.column === column;
  const sort = active ? (order.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={sort} className={`col-${column}`}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ column, descending: active ? !order.descending : false })}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (order.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

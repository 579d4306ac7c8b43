import './table.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { analystStrings } from '../../i18n/analystStrings';
import { words } from '../../i18n/words';
import { update } from '../../state/store';
import { selectCountry } from '../../state/updaters';
import { revealActivity } from '../revealActivity';
import { useAtlas, useAtlasState, useSelection } from '../AtlasContext';
import { SortHeader } from './SortHeader';
import {
  COLUMNS,
  searchRows,
  sortRows,
  toTableRows,
  type ColumnId,
  type SortOrder,
} from './tableRows';

/** Row height in px: fixed, so 100 000 rows virtualise without measuring. */
const ROW_H = 40;

/**
 * The `Activities` table of the current selection (SPEC §3): sortable columns, `Search
 * activities`, only the rows in view rendered (TanStack Virtual) while `aria-rowcount` and
 * `aria-rowindex` tell assistive technology where each row sits. A row opens its country.
 */
export function ActivitiesTable() {
  const { dataset, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const a = analystStrings[lang];
  const w = words(lang);
  const [order, setOrder] = useState<SortOrder>({ column: 'date', descending: false });
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const hasAmount = useMemo(() => dataset.activities.some((x) => x.amount), [dataset]);
  const columns: readonly ColumnId[] = hasAmount ? COLUMNS : COLUMNS.filter((c) => c !== 'amount');
  const all = useMemo(
    () => toTableRows(selection.activities, dataset, lang),
    [selection, dataset, lang],
  );
  const rows = useMemo(() => {
    const found = searchRows(all, deferredQuery, dataset);
    return order.column === 'date' && !order.descending ? found : sortRows(found, order, lang);
  }, [all, deferredQuery, dataset, order, lang]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const open = (iso3: string | null, activityId: string) => {
    if (!iso3) return;
    revealActivity(activityId);
    update(store, (s) => selectCountry(s, iso3));
  };
  return (
    <section className="table-view">
      <div className="table-tools">
        <input
          type="search"
          className="table-search"
          aria-label={a.searchActivities}
          placeholder={a.searchActivities}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="table-count" aria-live="polite">
          {a.rowsShown(w.number(rows.length), w.number(all.length))}
        </p>
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table
          className="activities-table"
          aria-label={a.tableName}
          aria-rowcount={rows.length + 1}
        >
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <SortHeader
                  key={c}
                  column={c}
                  label={a.columns[c]}
                  order={order}
                  onSort={setOrder}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.activity.id}
                  aria-rowindex={item.index + 2}
                  className={row.activity.status === 'planned' ? 'planned' : undefined}
                  style={{ height: ROW_H }}
                  onClick={() => open(row.country, row.activity.id)}
                >
                  {columns.map((c) => (
                    <td key={c} className={`col-${c}`} title={row.cells[c]}>
                      {c === 'title' && row.country ? (
                        <button
                          type="button"
                          className="row-open"
                          onClick={() => open(row.country, row.activity.id)}
                        >
                          {row.cells.title}
                        </button>
                      ) : (
                        row.cells[c]
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
            {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
          </tbody>
        </table>
        {rows.length === 0 && <p className="table-empty">{a.noRows}</p>}
      </div>
    </section>
  );
}

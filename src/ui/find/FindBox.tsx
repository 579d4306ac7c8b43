import './find.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { analystStrings } from '../../i18n/analystStrings';
import { update } from '../../state/store';
import { onlySector, selectCountry, setActor } from '../../state/updaters';
import { useAtlas, useAtlasState } from '../AtlasContext';
import type { FindEntry } from './findEntries';
import { loadFindIndex, type FindIndex } from './findIndex';
import { useFindKeys } from './useFindKeys';

const LIMIT = 8;

/**
 * The `Find` combobox (SPEC §3): countries (English and Korean names, ISO codes), activities,
 * actors and sectors. A country or an activity opens the (first partner) country's details, a
 * sector keeps only that sector, an actor keeps the activities that name it (`actor=` in the URL).
 */
export function FindBox() {
  const { dataset, universe, store } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const a = analystStrings[lang];
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [index, setIndex] = useState<{ dataset: unknown; index: FindIndex } | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  useFindKeys(inputRef);
  const ready = index?.dataset === dataset ? index.index : null;
  const load = () => {
    if (ready) return;
    const iso3s = universe.partners.map((p) => p.iso3);
    void loadFindIndex(dataset, iso3s).then((i) => setIndex({ dataset, index: i }));
  };
  useEffect(() => setActive(0), [query]);
  const results = ready ? ready.search(query, LIMIT) : [];
  const shown = open && query.trim() !== '';

  const choose = (e: FindEntry) => {
    if (e.kind === 'country') update(store, (s) => selectCountry(s, e.key));
    else if (e.kind === 'sector') update(store, (s) => onlySector(s, e.key));
    else if (e.kind === 'actor') update(store, (s) => setActor(s, e.key));
    else {
      const act = dataset.activities.find((x) => x.id === e.key);
      const first = act?.partners[0];
      const group = dataset.groups.find((g) => g.id === first);
      const iso3 = group ? group.members.find((m) => m !== dataset.home) : first;
      if (iso3) update(store, (s) => selectCountry(s, iso3));
    }
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = results.length;
      if (n > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      const hit = results[active];
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (shown) {
        e.preventDefault();
        e.stopPropagation();
        e.nativeEvent.stopImmediatePropagation();
        setOpen(false);
      } else inputRef.current?.blur();
    }
  };
  const optionId = (i: number) => `${listId}-${String(i)}`;
  const label = (e: FindEntry) => (lang === 'ko' && e.ko ? e.ko : e.en);
  const other = (e: FindEntry) => (lang === 'ko' ? (e.ko ? e.en : '') : e.ko);
  return (
    <div className="find">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        className="find-input"
        aria-label={a.find}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && results[active] ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K"
        placeholder={a.findPlaceholder}
        value={query}
        onFocus={load}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={a.find} className="find-list" hidden={!shown}>
        {results.map((e, i) => (
          <li
            key={e.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="find-option"
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => choose(e)}
          >
            <span className="find-name">{label(e)}</span>
            {other(e) && (
              <span className="find-alt">
                <span className="visually-hidden"> · </span>
                {other(e)}
              </span>
            )}
            <span className="find-kind"> {a.findGroups[e.kind]}</span>
          </li>
        ))}
        {shown && ready && results.length === 0 && (
          <li role="presentation" className="find-none">
            {a.findNone}
          </li>
        )}
      </ul>
    </div>
  );
}

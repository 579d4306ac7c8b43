import './keyboard.css';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { getCountry } from '../../data/countries';
import { isViaOnly } from '../../data/viaOnly';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { analystStrings } from '../../i18n/analystStrings';
import { datasetWords } from '../../i18n/words';
import { update } from '../../state/store';
import { selectCountry } from '../../state/updaters';
import { useAtlas, useAtlasState, useSelection } from '../AtlasContext';
import { readingOrder } from './readingOrder';

/** How far Shift+arrow moves the map, in CSS px. */
const PAN_PX = 120;

/** The camera move a key asks for on the focused map: + and − zoom, Shift+arrows pan. */
function nudgeOf(e: KeyboardEvent): Parameters<AtlasMapHandle['nudge']>[0] | null {
  if (e.key === '+' || e.key === '=') return { zoom: 1 };
  if (e.key === '-' || e.key === '_') return { zoom: -1 };
  if (!e.shiftKey) return null;
  const pan: Partial<Record<string, [number, number]>> = {
    ArrowRight: [PAN_PX, 0],
    ArrowLeft: [-PAN_PX, 0],
    ArrowDown: [0, PAN_PX],
    ArrowUp: [0, -PAN_PX],
  };
  const by = pan[e.key];
  return by ? { pan: by } : null;
}

const STEP: Partial<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

function lonLatOf(iso3: string): readonly [number, number] | null {
  const c = getCountry(iso3);
  return c?.capitalLonLat ?? c?.centroidLonLat ?? null;
}

/**
 * The keyboard map (SPEC §3): the map area is one tab stop (MapLibre's canvas leaves the Tab
 * order); arrow keys walk the partner countries in reading order, a live region announces
 * "Kazakhstan, 10 activities, 2019", Enter opens the country's details, Escape returns focus to
 * where it was; + and − zoom, Shift+arrows pan. Returns the props for the map area, the announcement and the focused country.
 */
export function useMapKeyboard(
  area: RefObject<HTMLDivElement | null>,
  mapRef: RefObject<AtlasMapHandle | null>,
) {
  const { dataset, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const [focused, setFocused] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const before = useRef<HTMLElement | null>(null);
  const order = useMemo(
    () =>
      readingOrder(
        selection.partners.map((p) => p.iso3),
        lonLatOf,
      ),
    [selection],
  );

  useEffect(() => {
    const el = area.current;
    if (!el) return undefined;
    const untab = () =>
      el.querySelectorAll('.maplibregl-canvas').forEach((c) => c.setAttribute('tabindex', '-1'));
    untab();
    const mo = new MutationObserver(untab);
    mo.observe(el, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [area]);

  const announce = (iso3: string) => {
    const w = datasetWords(dataset, lang);
    const stat = selection.partners.find((p) => p.iso3 === iso3);
    const years = w.years(selection.range.from, selection.range.to);
    const via = stat && isViaOnly(stat) ? w.groups(stat.viaGroups) : null;
    setMessage(analystStrings[lang].announce(w.country(iso3), stat?.count ?? 0, via, years));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const t = e.target;
    const onMap =
      t === e.currentTarget ||
      (t instanceof HTMLElement && t.classList.contains('maplibregl-canvas'));
    if (!onMap) return;
    const nudge = nudgeOf(e);
    const step = STEP[e.key];
    if (nudge) mapRef.current?.nudge(nudge);
    else if (step !== undefined && order.length > 0) {
      const i = focused === null ? -1 : order.indexOf(focused);
      const next =
        order[i < 0 ? (step > 0 ? 0 : order.length - 1) : (i + step + order.length) % order.length];
      if (next) {
        setFocused(next);
        announce(next);
      }
    } else if (e.key === 'Enter' && focused) {
      update(store, (s) => selectCountry(s, focused));
    } else if (e.key === 'Escape') {
      setFocused(null);
      (before.current ?? e.currentTarget).focus();
      if (!before.current) e.currentTarget.blur();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !e.currentTarget.contains(from)) before.current = from;
  };

  return {
    focused: focused !== null && order.includes(focused) ? focused : null,
    message,
    props: {
      tabIndex: 0,
      role: 'application',
      'aria-roledescription': analystStrings[lang].mapKeysRole,
      'aria-label': analystStrings[lang].mapKeysLabel,
      'aria-description': analystStrings[lang].mapKeys,
      onKeyDown,
      onFocus,
      'aria-keyshortcuts':
        'ArrowLeft ArrowRight ArrowUp ArrowDown Enter Escape Plus - Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown',
    },
  };
}

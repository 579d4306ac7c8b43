import { isViaOnly } from '../data/viaOnly';
import { datasetWords } from '../i18n/words';
import { update } from '../state/store';
import { selectCountry } from '../state/updaters';
import { useAtlas, useAtlasState, useSelection } from './AtlasContext';
import { useStrings } from './useStrings';

/** The keyboard path to every partner country: one button each, same order as the chart. */
export function PartnerList() {
  const { dataset, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const selected = useAtlasState((s) => s.country);
  const t = useStrings();
  const w = datasetWords(dataset, lang);
  if (selection.partners.length === 0) {
    return <p className="empty">{t.noPartners}</p>;
  }
  return (
    <ul className="partner-list" aria-label={t.partnerList}>
      {selection.partners.map((p) => {
        const name = w.country(p.iso3);
        const viaOnly = isViaOnly(p);
        const via = viaOnly ? w.groups(p.viaGroups) : null;
        return (
          <li key={p.iso3}>
            <button
              type="button"
              className={`partner ${viaOnly ? 'partner-via' : ''}`}
              aria-pressed={selected === p.iso3}
              aria-label={t.partnerButton(name, p.count, via)}
              onClick={() =>
                update(store, (s) => selectCountry(s, s.country === p.iso3 ? null : p.iso3))
              }
            >
              <span className="partner-name">{name}</span>
              <span className="partner-count">{w.number(p.count)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

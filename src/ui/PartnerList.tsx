import { getCountry } from '../data/countries';
import { isViaOnly } from '../data/viaOnly';
import { localize } from '../i18n/lang';
import { update } from '../state/store';
import { selectCountry } from '../state/updaters';
import { useAtlas, useAtlasState } from './AtlasContext';
import { useStrings } from './useStrings';

/** The keyboard path to every partner country: one button each, same order as the chart. */
export function PartnerList() {
  const { selection, dataset, store } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const selected = useAtlasState((s) => s.country);
  const t = useStrings();
  const groupName = (id: string) => {
    const g = dataset.groups.find((x) => x.id === id);
    return g ? localize(g.name, lang) : id;
  };
  if (selection.partners.length === 0) {
    return <p className="empty">{t.noPartners}</p>;
  }
  return (
    <ul className="partner-list" aria-label={t.partnerList}>
      {selection.partners.map((p) => {
        const name = localize(getCountry(p.iso3)?.name ?? { en: p.iso3 }, lang);
        const viaOnly = isViaOnly(p);
        const via = viaOnly ? p.viaGroups.map(groupName).join(', ') : null;
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
              <span className="partner-count">{p.count}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

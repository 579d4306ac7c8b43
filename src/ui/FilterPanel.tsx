import { sectorColor } from '../charts/sectorColors';
import { localize } from '../i18n/lang';
import { regionLabel } from '../i18n/regionNames';
import { update } from '../state/store';
import { resetFilters, toggleRegion, toggleSector } from '../state/updaters';
import { useAtlas, useAtlasState } from './AtlasContext';
import { useStrings } from './useStrings';

/** Sector and region checkboxes; counts are aria-hidden so each name is exactly its label. */
export function FilterPanel() {
  const { dataset, selection, universe, store } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const sectors = useAtlasState((s) => s.sectors);
  const regions = useAtlasState((s) => s.regions);
  const t = useStrings();
  const colorOf = sectorColor(dataset.sectors);
  const sectorIds = dataset.sectors.map((s) => s.id);
  const regionIds = universe.perRegion.map((r) => r.id);
  const sectorCount = new Map(selection.perSector.map((s) => [s.id, s.count]));
  const regionCount = new Map(selection.perRegion.map((r) => [r.id, r.count]));
  return (
    <div className="filters">
      <fieldset className="checks" aria-label={t.sectors}>
        <legend>{t.sectors}</legend>
        {dataset.sectors.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={sectors === null || sectors.includes(s.id)}
              onChange={() => update(store, (st) => toggleSector(st, s.id, sectorIds))}
            />
            <span className="swatch" style={{ background: colorOf(s.id) }} aria-hidden="true" />
            <span className="check-label">{localize(s.label, lang)}</span>
            <span className="check-count" aria-hidden="true">
              {sectorCount.get(s.id) ?? 0}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="checks" aria-label={t.regions}>
        <legend>{t.regions}</legend>
        {universe.perRegion.map((r) => (
          <label key={r.id} className="check">
            <input
              type="checkbox"
              checked={regions === null || regions.includes(r.id)}
              onChange={() => update(store, (st) => toggleRegion(st, r.id, regionIds))}
            />
            <span className="check-label">{regionLabel(r.id, r.name, lang)}</span>
            <span className="check-count" aria-hidden="true">
              {regionCount.get(r.id) ?? 0}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button" onClick={() => update(store, resetFilters)}>
        {t.resetFilters}
      </button>
    </div>
  );
}

import { sectorColor } from '../charts/sectorColors';
import { ACTIVITY_STATUSES, type ActivityStatus, type ActivityType } from '../data/types';
import { analystStrings } from '../i18n/analystStrings';
import { localize } from '../i18n/lang';
import { regionLabel } from '../i18n/regionNames';
import { update } from '../state/store';
import {
  resetFilters,
  setActor,
  toggleRegion,
  toggleSector,
  toggleStatus,
  toggleType,
} from '../state/updaters';
import { useAtlas, useAtlasState, useSelection } from './AtlasContext';
import { FilterChecks } from './FilterChecks';
import { useStrings } from './useStrings';

function isStatus(id: string): id is ActivityStatus {
  return ACTIVITY_STATUSES.some((s) => s === id);
}

/** Sector, region, type and status checkboxes, and the organisation filter `Find` sets. */
export function FilterPanel() {
  const { dataset, universe, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const sectors = useAtlasState((s) => s.sectors);
  const regions = useAtlasState((s) => s.regions);
  const types = useAtlasState((s) => s.types);
  const status = useAtlasState((s) => s.status);
  const actor = useAtlasState((s) => s.actor);
  const t = useStrings();
  const a = analystStrings[lang];
  const colorOf = sectorColor(dataset.sectors);
  const sectorIds = dataset.sectors.map((s) => s.id);
  const regionIds = universe.perRegion.map((r) => r.id);
  const typeIds: readonly ActivityType[] = universe.perType.map((x) => x.id);
  const sectorCount = new Map(selection.perSector.map((s) => [s.id, s.count]));
  const regionCount = new Map(selection.perRegion.map((r) => [r.id, r.count]));
  const typeCount = new Map<string, number>(selection.perType.map((x) => [x.id, x.count]));
  const statusCount = new Map<string, number>(selection.perStatus.map((x) => [x.id, x.count]));
  return (
    <div className="filters">
      {actor !== null && (
        <p className="actor-filter">
          <span>
            {a.actorFilter}: {actor}
          </span>
          <button
            type="button"
            className="button"
            aria-label={a.clearActor(actor)}
            onClick={() => update(store, (st) => setActor(st, null))}
          >
            ×
          </button>
        </p>
      )}
      <FilterChecks
        name={t.sectors}
        items={dataset.sectors.map((s) => ({
          id: s.id,
          label: localize(s.label, lang),
          checked: sectors === null || sectors.includes(s.id),
          count: sectorCount.get(s.id) ?? 0,
          mark: (
            <span className="swatch" style={{ background: colorOf(s.id) }} aria-hidden="true" />
          ),
        }))}
        onToggle={(id) => update(store, (st) => toggleSector(st, id, sectorIds))}
      />
      <FilterChecks
        name={t.regions}
        items={universe.perRegion.map((r) => ({
          id: r.id,
          label: regionLabel(r.id, r.name, lang),
          checked: regions === null || regions.includes(r.id),
          count: regionCount.get(r.id) ?? 0,
        }))}
        onToggle={(id) => update(store, (st) => toggleRegion(st, id, regionIds))}
      />
      <FilterChecks
        name={a.activityTypes}
        items={typeIds.map((id) => ({
          id,
          label: t.types[id],
          checked: types === null || types.includes(id),
          count: typeCount.get(id) ?? 0,
        }))}
        onToggle={(id) => {
          const type = typeIds.find((x) => x === id);
          if (type) update(store, (st) => toggleType(st, type, typeIds));
        }}
      />
      <FilterChecks
        name={a.status}
        items={ACTIVITY_STATUSES.map((id) => ({
          id,
          label: a.statuses[id],
          checked: status === null || status.includes(id),
          count: statusCount.get(id) ?? 0,
        }))}
        onToggle={(id) => {
          if (isStatus(id)) update(store, (st) => toggleStatus(st, id));
        }}
      />
      <button type="button" className="button" onClick={() => update(store, resetFilters)}>
        {t.resetFilters}
      </button>
    </div>
  );
}

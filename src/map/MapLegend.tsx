import './mapLegend.css';
import { useEffect } from 'react';
import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import { viaOnlyGroups } from '../data/viaOnly';
import type { Lang } from '../i18n/lang';
import { datasetWords } from '../i18n/words';
import { mapStrings } from '../i18n/mapStrings';
import { COLOR_VARS } from '../theme/cssVars';
import { withPalette, type CountStep } from './countSteps';
import { MAP_VARS } from './mapColors';

interface MapLegendProps {
  readonly steps: readonly CountStep[];
  /** Names of the groups through which countries can be reached (`ASEAN`); none hides the swatch. */
  readonly groupNames: readonly string[];
  /** Home country's name in `lang`. */
  readonly homeName: string;
  /** No partner country in the selection. */
  readonly empty: boolean;
  readonly lang: Lang;
}

/**
 * The map's key: the count steps with their ranges, the via-group swatch and home, in the theme's
 * colours (custom properties, as the SVG map; MapLibre paints the same values, see useMapTheme.ts).
 */
export function MapLegend({ steps, groupNames, homeName, empty, lang }: MapLegendProps) {
  const t = mapStrings[lang];
  return (
    <div className="atlas-map__legend">
      <p className="atlas-map__legend-title">{t.legendTitle}</p>
      {steps.length > 0 && (
        <ul className="atlas-map__steps">
          {withPalette(steps, COLOR_VARS.partnerSteps).map((s) => (
            <li key={s.min}>
              <span className="atlas-map__swatch" style={{ background: s.color }} />
              <span className="atlas-map__step-label">{s.label}</span>
            </li>
          ))}
        </ul>
      )}
      <ul className="atlas-map__keys">
        {groupNames.length > 0 && (
          <li>
            <span
              className="atlas-map__swatch atlas-map__swatch--via"
              style={{ background: MAP_VARS.via, borderColor: MAP_VARS.viaOutline }}
            />
            {t.legendVia(groupNames.join(', '))}
          </li>
        )}
        <li>
          <span
            className="atlas-map__swatch atlas-map__swatch--home"
            style={{ background: MAP_VARS.home }}
          >
            <span className="atlas-map__home-dot" />
          </span>
          {t.home(homeName)}
        </li>
      </ul>
      {empty && <p className="atlas-map__legend-empty">{t.legendEmpty}</p>}
      <p className="atlas-map__credit">{t.credit}</p>
    </div>
  );
}

/** The legend of `selection` on `dataset`'s map: its via-only groups and home named in `lang`. */
export function SelectionLegend({
  dataset,
  selection,
  steps,
  lang,
}: {
  readonly dataset: Dataset;
  readonly selection: Selection;
  readonly steps: readonly CountStep[];
  readonly lang: Lang;
}) {
  const w = datasetWords(dataset, lang);
  // The page's prerendered picture drew this legend in the same place until now: one is enough
  // (only one text for anything that reads the page; this one, drawn above it, takes over).
  useEffect(() => {
    for (const el of document.querySelectorAll('.map-placeholder .map-legend-host')) el.remove();
  }, []);
  return (
    <MapLegend
      steps={steps}
      groupNames={viaOnlyGroups(selection.partners, dataset).map((g) => w.group(g.id))}
      homeName={w.home}
      empty={selection.partners.length === 0}
      lang={lang}
    />
  );
}

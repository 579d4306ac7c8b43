import type { Lang } from '../i18n/lang';
import { mapStrings } from '../i18n/mapStrings';

interface MapControlsProps {
  readonly lang: Lang;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
}

/** Zoom buttons and `Fit to partners`, in the map's top-right corner. */
export function MapControls({ lang, onZoomIn, onZoomOut, onFit }: MapControlsProps) {
  const t = mapStrings[lang];
  return (
    <div className="atlas-map__controls" role="group" aria-label={t.mapControls}>
      <button type="button" className="atlas-map__zoom" aria-label={t.zoomIn} onClick={onZoomIn}>
        +
      </button>
      <button type="button" className="atlas-map__zoom" aria-label={t.zoomOut} onClick={onZoomOut}>
        −
      </button>
      <button type="button" className="atlas-map__fit" onClick={onFit}>
        {t.fitToPartners}
      </button>
    </div>
  );
}

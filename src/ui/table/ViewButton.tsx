import { analystStrings } from '../../i18n/analystStrings';
import { useAtlas, useAtlasState } from '../AtlasContext';

/** `Table` in the map view, `Map` in the table view (SPEC §3); the choice is in the URL (`view`). */
export function ViewButton() {
  const { store } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const view = useAtlasState((s) => s.view);
  const a = analystStrings[lang];
  return (
    <button
      type="button"
      className="quiet"
      onClick={() => store.setState({ view: view === 'map' ? 'table' : 'map' })}
    >
      {view === 'map' ? a.table : a.map}
    </button>
  );
}

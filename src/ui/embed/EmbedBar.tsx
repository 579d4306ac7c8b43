import './embed.css';
import { analystStrings } from '../../i18n/analystStrings';
import { useAtlasState } from '../AtlasContext';
import { SummaryBox } from '../SummaryBox';
import { withEmbed } from './embedUrls';

/**
 * Under the map in `?embed=1`: the summary and the link "Open the full atlas" (the same view,
 * without `embed`), which opens in a new tab since the embed lives in someone else's page.
 */
export function EmbedBar() {
  const lang = useAtlasState((s) => s.lang);
  // Read on render: the URL follows the store, so the link names the view on screen.
  useAtlasState((s) => s);
  const href = withEmbed(window.location.href, false);
  return (
    <div className="embed-bar">
      <SummaryBox />
      <a className="embed-link" href={href} target="_blank" rel="noopener">
        {analystStrings[lang].openFullAtlas}
      </a>
    </div>
  );
}

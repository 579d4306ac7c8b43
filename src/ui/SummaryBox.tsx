import { useAtlasState, useSelection } from './AtlasContext';
import { CompareSummary } from './compare/CompareSummary';
import { useComparison } from './compare/useComparison';
import { playingSentence } from './scenes/playingSentence';
import { summarySentence } from './summaryText';
import { useStrings } from './useStrings';

export function SummaryBox({ large = false }: { large?: boolean }) {
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const playing = useAtlasState((s) => s.playing);
  const t = useStrings();
  const comparison = useComparison();
  return (
    <div
      className={large ? 'summary summary-large' : 'summary'}
      role="status"
      aria-label={t.summary}
    >
      <p className="summary-figures">
        <span className="figure">{t.activities(selection.totals.activities)}</span>
        <span className="figure">{t.partnerCountries(selection.totals.partnerCountries)}</span>
      </p>
      <p className="summary-sentence">
        {playing ? playingSentence(selection, lang) : summarySentence(selection, t, lang)}
      </p>
      {comparison && <CompareSummary comparison={comparison} />}
    </div>
  );
}

import { briefingStrings } from '../i18n/briefingStrings';
import { localize } from '../i18n/lang';
import { offlineStrings } from '../i18n/offlineStrings';
import { useAtlas, useAtlasState } from './AtlasContext';
import { DataActions } from './DataActions';
import { ViewButton } from './table/ViewButton';
import { FindBox } from './find/FindBox';
import { ThemeButton } from './theme/ThemeButton';
import { EmbedCodeButton } from './embed/EmbedCodeButton';
import { useStrings } from './useStrings';

export interface HeaderActions {
  onOpenFile: (file: File) => void;
  /** `Bundled dataset`: back to the data the app ships with. */
  onBundled: () => void;
  onDownloadFailed: () => void;
  onDownloadPng: () => void;
  onDownloadCsv: () => void;
  onCopyLink: () => void;
  onPresent: () => void;
  onToggleLang: () => void;
  /** Downloads the single-file atlas with this dataset and the scenes. */
  onSaveOfflineCopy: () => void;
  savingOfflineCopy: boolean;
  /** `Download slides`: the briefing (or the view) as a `.pptx`. */
  onDownloadSlides: () => void;
  /** While the slides are being made (the view steps through the scenes). */
  makingSlides: boolean;
}

export function Header(actions: HeaderActions) {
  const { dataset, universe } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const t = useStrings();
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{localize(dataset.title, lang)}</h1>
        <p className="subline">
          {t.subline(universe.yearSpan.min, universe.yearSpan.max, dataset.sources.length)}
        </p>
      </div>
      <div className="actions">
        <FindBox />
        {/* One row that scrolls sideways on phones (Find stays outside it: its list must not clip). */}
        <div className="action-buttons">
          <ViewButton />
          <ThemeButton />
          <button
            type="button"
            className="quiet"
            onClick={actions.onToggleLang}
            lang={lang === 'en' ? 'ko' : 'en'}
          >
            {t.languageButton}
          </button>
          <DataActions
            onOpenFile={actions.onOpenFile}
            onBundled={actions.onBundled}
            onDownloadFailed={actions.onDownloadFailed}
          />
          <button type="button" className="quiet" onClick={actions.onCopyLink}>
            {t.copyLink}
          </button>
          <EmbedCodeButton />
          <button type="button" className="quiet" onClick={actions.onDownloadCsv}>
            {t.downloadCsv}
          </button>
          <button type="button" className="quiet" onClick={actions.onDownloadPng}>
            {t.downloadPng}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={actions.onDownloadSlides}
            disabled={actions.makingSlides}
            aria-busy={actions.makingSlides}
          >
            {briefingStrings[lang].downloadSlides}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={actions.onSaveOfflineCopy}
            disabled={actions.savingOfflineCopy}
          >
            {offlineStrings[lang].saveOfflineCopy}
          </button>
          <button
            type="button"
            className="primary"
            onClick={actions.onPresent}
            aria-keyshortcuts="P"
          >
            {t.present}
          </button>
        </div>
      </div>
    </header>
  );
}

import { useRef } from 'react';
import { localize } from '../i18n/lang';
import { useAtlas, useAtlasState } from './AtlasContext';
import { ViewButton } from './table/ViewButton';
import { useStrings } from './useStrings';

export interface HeaderActions {
  onOpenFile: (file: File) => void;
  onDownloadPng: () => void;
  onDownloadCsv: () => void;
  onCopyLink: () => void;
  onPresent: () => void;
  onToggleLang: () => void;
}

export function Header(actions: HeaderActions) {
  const { dataset, universe } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const t = useStrings();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{localize(dataset.title, lang)}</h1>
        <p className="subline">
          {t.subline(universe.yearSpan.min, universe.yearSpan.max, dataset.sources.length)}
        </p>
      </div>
      <div className="actions">
        <ViewButton />
        <button
          type="button"
          className="quiet"
          onClick={actions.onToggleLang}
          lang={lang === 'en' ? 'ko' : 'en'}
        >
          {t.languageButton}
        </button>
        <label className="quiet file-button">
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            aria-label={t.openDataset}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) actions.onOpenFile(file);
              e.target.value = '';
            }}
          />
          <span aria-hidden="true">{t.openDataset}</span>
        </label>
        <button type="button" className="quiet" onClick={actions.onCopyLink}>
          {t.copyLink}
        </button>
        <button type="button" className="quiet" onClick={actions.onDownloadCsv}>
          {t.downloadCsv}
        </button>
        <button type="button" className="quiet" onClick={actions.onDownloadPng}>
          {t.downloadPng}
        </button>
        <button type="button" className="primary" onClick={actions.onPresent} aria-keyshortcuts="P">
          {t.present}
        </button>
      </div>
    </header>
  );
}

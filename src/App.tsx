import { useRef } from 'react';
import type { AtlasMapHandle } from './map/AtlasMap';
import { AtlasContext } from './ui/AtlasContext';
import { AtlasLayout } from './ui/AtlasLayout';
import { Header } from './ui/Header';
import { Notices } from './ui/Notices';
import { useAtlasSession } from './ui/useAtlasSession';
import { useExports } from './ui/useExports';
import { useShortcuts } from './ui/useShortcuts';
import { useFileDrop } from './ui/useFileDrop';
import { useDocumentTitle } from './ui/useDocumentTitle';
import { DropOverlay } from './ui/DropOverlay';
import { useStore } from 'zustand';
import { uiStrings } from './i18n/uiStrings';

/** The whole page for the query string `search` (the URL state it opens with). */
export function App({ search }: { search: string }) {
  const session = useAtlasSession(search);
  const { store, dataset, selection, universe } = session;
  const mapRef = useRef<AtlasMapHandle>(null);
  const presenting = useStore(store, (s) => s.presenting);
  const lang = useStore(store, (s) => s.lang);
  const dragging = useFileDrop(session.openFile);
  const exports = useExports(session, mapRef);
  useDocumentTitle(dataset, store);
  useShortcuts({
    store,
    span: universe?.yearSpan ?? { min: 0, max: 0 },
    fitToPartners: () => mapRef.current?.fitToPartners(),
  });
  return (
    <div className={`app ${presenting ? 'presenting' : ''}`}>
      {dataset && selection && universe ? (
        <AtlasContext value={{ store, dataset, selection, universe }}>
          {!presenting && (
            <Header
              onOpenFile={session.openFile}
              onDownloadCsv={exports.downloadCsv}
              onDownloadPng={exports.downloadPng}
              onCopyLink={exports.copyLink}
              onPresent={() => store.setState({ presenting: true })}
              onToggleLang={() =>
                store.setState({ lang: store.getState().lang === 'en' ? 'ko' : 'en' })
              }
            />
          )}
          <Notices entries={session.notices} onDismiss={session.dismiss} t={uiStrings[lang]} />
          <AtlasLayout mapRef={mapRef} linkSources={session.isBundled} />
          {dragging && <DropOverlay text={uiStrings[lang].dropHint} />}
        </AtlasContext>
      ) : (
        <Notices entries={session.notices} onDismiss={session.dismiss} t={uiStrings[lang]} />
      )}
    </div>
  );
}

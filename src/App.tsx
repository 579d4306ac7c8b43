import { useMemo, useRef } from 'react';
import type { AtlasMapHandle } from './map/AtlasMap';
import { AtlasContext, SelectionProvider } from './ui/AtlasContext';
import { AtlasLayout } from './ui/AtlasLayout';
import { Header } from './ui/Header';
import { Notices } from './ui/Notices';
import { OpenStatus } from './ui/OpenStatus';
import { useAtlasSession } from './ui/useAtlasSession';
import { useExports } from './ui/useExports';
import { useOfflineCopy } from './ui/useOfflineCopy';
import { useShortcuts } from './ui/useShortcuts';
import { useFileDrop } from './ui/useFileDrop';
import { useDocumentTitle } from './ui/useDocumentTitle';
import { DropOverlay } from './ui/DropOverlay';
import { useStore } from 'zustand';
import { uiStrings } from './i18n/uiStrings';
import { Blackout } from './ui/scenes/Blackout';
import { BriefingContext } from './ui/scenes/BriefingContext';
import { presenterKey } from './ui/scenes/presenterKeys';
import { copyWithScenes } from './ui/scenes/copyWithScenes';
import { useBriefing } from './ui/scenes/useBriefing';
import { useSlides } from './ui/slides/useSlides';
import { PrintSheet } from './ui/slides/PrintSheet';
import { usePresentationScreen } from './ui/scenes/usePresentationScreen';

/** The whole page for the query string `search` (the URL state it opens with). */
export function App({ search }: { search: string }) {
  const session = useAtlasSession(search);
  const { store, dataset, universe, selectionOf } = session;
  // One value per dataset, so a filter change re-renders only the views that read the selection.
  const atlas = useMemo(
    () => (dataset && universe ? { store, dataset, universe, selectionOf } : null),
    [store, dataset, universe, selectionOf],
  );
  const mapRef = useRef<AtlasMapHandle>(null);
  const presenting = useStore(store, (s) => s.presenting);
  const embed = useStore(store, (s) => s.embed);
  const lang = useStore(store, (s) => s.lang);
  const dragging = useFileDrop(session.openFile);
  const exports = useExports(session, mapRef);
  const briefing = useBriefing(session, mapRef);
  usePresentationScreen(store, briefing.store);
  const slides = useSlides(session, mapRef, briefing);
  const offlineCopy = useOfflineCopy(session, briefing.linkHash);
  useDocumentTitle(dataset, store);
  useShortcuts({
    store,
    span: universe?.yearSpan ?? { min: 0, max: 0 },
    fitToPartners: () => mapRef.current?.fitToPartners(),
    onPresenterKey: (e) => presenterKey(e, briefing, store),
  });
  return (
    <div className={`app ${presenting ? 'presenting' : ''}${embed ? ' embed' : ''}`}>
      {atlas ? (
        <AtlasContext value={atlas}>
          <SelectionProvider>
            <BriefingContext value={briefing}>
              {!presenting && !embed && (
                <Header
                  onOpenFile={session.openFile}
                  onBundled={session.openBundled}
                  onDownloadFailed={() => session.notify({ kind: 'data-download-failed' })}
                  onDownloadCsv={exports.downloadCsv}
                  onDownloadPng={exports.downloadPng}
                  onCopyLink={() => copyWithScenes(briefing, exports.copyLink)}
                  onDownloadSlides={slides.download}
                  makingSlides={slides.busy}
                  onSaveOfflineCopy={offlineCopy.save}
                  savingOfflineCopy={offlineCopy.saving}
                  onPresent={() => store.setState({ presenting: true })}
                  onToggleLang={() =>
                    store.setState({ lang: store.getState().lang === 'en' ? 'ko' : 'en' })
                  }
                />
              )}
              <Notices entries={session.notices} onDismiss={session.dismiss} t={uiStrings[lang]} />
              <OpenStatus opener={session.opener} t={uiStrings[lang]} lang={lang} />
              <AtlasLayout mapRef={mapRef} linkSources={session.isBundled} />
              <PrintSheet mapRef={mapRef} />
              {dragging && <DropOverlay text={uiStrings[lang].dropHint} />}
              <Blackout />
            </BriefingContext>
          </SelectionProvider>
        </AtlasContext>
      ) : (
        <Notices entries={session.notices} onDismiss={session.dismiss} t={uiStrings[lang]} />
      )}
    </div>
  );
}

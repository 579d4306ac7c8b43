import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { briefingStrings } from '../../i18n/briefingStrings';
import { datasetWords } from '../../i18n/words';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { saveBlob } from '../download';
import type { Briefing } from '../scenes/useBriefing';
import type { AtlasSession } from '../useAtlasSession';
import { slideNotes } from './slideNotes';
import { viewPicture } from './viewPicture';
import { sourceLines } from './viewWords';
import type { DeckSlide } from './buildPptx';

/** How long one scene may take to be drawn before its picture is taken anyway, in ms. */
const SETTLE_MS = 10_000;

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves once React has drawn the latest state and the map is idle again (or time is up). */
async function settled(): Promise<void> {
  await frame();
  await frame();
  await frame();
  const start = performance.now();
  while (performance.now() - start < SETTLE_MS) {
    const region = document.querySelector('[data-map-idle]');
    if (!region || region.getAttribute('data-map-idle') === 'true') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => reject(new Error('could not read the picture'));
    reader.readAsDataURL(blob);
  });
}

/**
 * `Download slides`: opens each scene in turn (no camera flight), takes its 1920×1080 picture and
 * notes, returns to the view the presenter had, and writes the `.pptx` (PptxGenJS is loaded only
 * now, in its own chunk). Without scenes the deck holds one slide of the view on screen.
 */
export function useSlides(
  session: AtlasSession,
  mapRef: RefObject<AtlasMapHandle | null>,
  briefing: Briefing,
): { readonly download: () => void; readonly busy: boolean } {
  const { store, notify } = session;
  const [busy, setBusy] = useState(false);
  const latest = useRef(session);
  useEffect(() => {
    latest.current = session;
  });

  const make = useCallback(async () => {
    const builder = import('./buildPptx');
    const before = { state: store.getState(), camera: mapRef.current?.getCamera() ?? null };
    const { scenes, current } = briefing.store.getState();
    const shots = scenes.length > 0 ? scenes : [null];
    const slides: DeckSlide[] = [];
    const cited = new Set<string>();
    const years: number[] = [];
    try {
      for (const scene of shots) {
        if (scene) briefing.open(scene.id, false);
        await settled();
        const { dataset, universe } = latest.current;
        const selection = latest.current.currentSelection();
        if (!dataset || !selection) throw new Error('no dataset');
        const state = store.getState();
        const blob = await viewPicture({
          dataset,
          selection,
          maxCount: universe?.partners[0]?.count ?? 0,
          state,
          map: mapRef.current,
        });
        for (const line of sourceLines(dataset, selection)) cited.add(line);
        years.push(selection.range.from, selection.range.to);
        slides.push({
          lang: state.lang,
          title: scene?.title ?? briefing.describe(),
          picture: await dataUrl(blob),
          notes: slideNotes(scene?.notes ?? '', dataset, selection, state.lang),
        });
      }
    } finally {
      store.setState(before.state);
      briefing.store.setState({ current });
      await frame();
      mapRef.current?.flyTo(before.camera, { animate: false });
    }
    const { dataset } = latest.current;
    if (!dataset) return;
    const lang = before.state.lang;
    const b = briefingStrings[lang];
    const w = datasetWords(dataset, lang);
    const made = new Date().toISOString().slice(0, 10);
    const { buildPptx } = await builder;
    const pptx = await buildPptx({
      lang,
      title: w.text(dataset.title),
      subtitle: [w.years(Math.min(...years), Math.max(...years)), b.slideMade(w.date(made))],
      slides,
      sourcesTitle: b.slideSources,
      sources: [...cited],
    });
    saveBlob(pptx, `cooperation-atlas-briefing-${made}.pptx`);
  }, [store, mapRef, briefing]);

  const download = useCallback(() => {
    if (busy) return;
    setBusy(true);
    make()
      .catch(() => notify({ kind: 'scenes', scenes: { what: 'slides-failed' } }))
      .finally(() => setBusy(false));
  }, [busy, make, notify]);

  return { download, busy };
}

import PptxGenJS from 'pptxgenjs';
import type { Lang } from '../../data/lang';

/** One picture slide: a scene, or the view on screen when there are no scenes. */
export interface DeckSlide {
  /** The scene's own language (a Korean scene in an English deck gets a Hangul face). */
  readonly lang: Lang;
  readonly title: string;
  /** The 1920×1080 view picture, a `data:image/png;base64,…` URL. */
  readonly picture: string;
  /** Speaker notes: the scene's notes, then each activity in view with its source. */
  readonly notes: string;
}

export interface Deck {
  readonly lang: Lang;
  readonly title: string;
  /** Under the title: the span of years, then the date the deck was made. */
  readonly subtitle: readonly string[];
  readonly slides: readonly DeckSlide[];
  readonly sourcesTitle: string;
  readonly sources: readonly string[];
}

/**
 * Faces that hold Hangul on the machines a deck meets: Windows' Malgun Gothic first (PowerPoint),
 * then macOS (Keynote); LibreOffice substitutes an installed CJK face when neither is there.
 */
const FONT = { ko: 'Malgun Gothic', en: 'Arial' } as const;
const INK = '1A1F2B';
const MUTED = '4A5263';
/** The 16:9 layout is 10 × 5.625 inches. */
const W = 10;
const PICTURE = { w: 8.8, h: 8.8 * (9 / 16) } as const;

/** The deck as a `.pptx` (16:9): title slide, one slide per picture, a sources slide. */
export async function buildPptx(deck: Deck): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.author = 'Cooperation Atlas';
  const textIn = (lang: Lang) => ({
    fontFace: FONT[lang],
    lang: lang === 'ko' ? 'ko-KR' : 'en-US',
  });
  const text = textIn(deck.lang);

  const cover = pptx.addSlide();
  cover.addText(deck.title, {
    ...text,
    x: 0.6,
    y: 1.6,
    w: W - 1.2,
    h: 1.4,
    fontSize: 36,
    bold: true,
    color: INK,
    fit: 'shrink',
  });
  cover.addText(deck.subtitle.join('\n'), {
    ...text,
    x: 0.6,
    y: 3.1,
    w: W - 1.2,
    h: 1,
    fontSize: 18,
    color: MUTED,
  });

  for (const s of deck.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      ...textIn(s.lang),
      x: 0.6,
      y: 0.1,
      w: PICTURE.w,
      h: 0.45,
      fontSize: 20,
      bold: true,
      color: INK,
      fit: 'shrink',
    });
    slide.addImage({ data: s.picture, x: (W - PICTURE.w) / 2, y: 0.6, ...PICTURE });
    if (s.notes) slide.addNotes(s.notes);
  }

  const sources = pptx.addSlide();
  sources.addText(deck.sourcesTitle, {
    ...text,
    x: 0.6,
    y: 0.3,
    w: W - 1.2,
    h: 0.6,
    fontSize: 26,
    bold: true,
    color: INK,
  });
  sources.addText(
    deck.sources.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
    {
      ...text,
      x: 0.6,
      y: 1,
      w: W - 1.2,
      h: 4.3,
      valign: 'top',
      fontSize: deck.sources.length > 10 ? 10 : 14,
      color: INK,
      fit: 'shrink',
    },
  );

  const out = await pptx.write({ outputType: 'blob' });
  if (!(out instanceof Blob)) throw new Error('PptxGenJS did not return a Blob');
  return out;
}

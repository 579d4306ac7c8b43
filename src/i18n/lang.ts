import type { Localized } from '../data/types';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the text in `lang`, falling back to English. */
export function localize(text: Localized, lang: Lang): string {
  return lang === 'ko' ? (text.ko ?? text.en) : text.en;
}

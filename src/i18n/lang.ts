import type { Lang } from '../data/lang';
import type { Localized } from '../data/types';

export { LANGS, type Lang } from '../data/lang';

/** Picks the text in `lang`, falling back to English. */
export function localize(text: Localized, lang: Lang): string {
  return lang === 'ko' ? (text.ko ?? text.en) : text.en;
}

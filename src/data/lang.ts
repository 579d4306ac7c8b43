/**
 * The languages the atlas speaks. Here, beneath every other layer, because the data layer's
 * `Localized` texts, the state and the URL all name them; the words themselves live in `src/i18n`.
 */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
